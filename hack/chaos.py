#!/usr/bin/env python3
"""Faults the operator must survive, measured on the local control plane (make chaos; numbers in docs/reliability.md).

Usage: hack/chaos.py [scenario ...]        (default: every scenario, in this order)
  kill-enforce    SIGKILL at four moments while Enforce creates guardrails in 50 namespaces, restart after each:
                  converges, no duplicate guardrail, no user object touched.
  apiserver-down  kube-apiserver stopped for PRODREADY_CHAOS_OUTAGE seconds (default 180) without leader election:
                  afterwards every profile is evaluated again (JOSDK's retries are exhausted during the outage).
                  PRODREADY_RESCHEDULE_AFTER_FAILURE=10h reproduces java-operator-sdk's own behaviour, for comparison.
  handover        two replicas with leader election: SIGTERM of the leader (shutdown time, Lease handed over),
                  then SIGKILL of the new leader (failover time); never two leaders alive at once.
  outage-le       two replicas with leader election, kube-apiserver down 30 s: the leader exits (lost Lease); time
                  from the API server's return until a change is reflected by the remaining replica.
  bad-input       240 KiB of junk check ids in prodready.dev/exempt on 6 workloads; an invalid label key in
                  workloadSelector.matchLabels.
  shards          two instances with namespace selectors shard=a and shard=b: every profile evaluated by exactly one.

Everything runs in PRODREADY_CHAOS_DIR (default target/chaos): a fresh local cluster (hack/local-cluster.sh), the
operator jar (built by `mvn package` when stale; MVN overrides the command), logs, and results.json. Every process it
starts is stopped on exit. Numbers depend on the machine: run it on an idle one, or say that it was not.
"""
import calendar
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("PRODREADY_CHAOS_DIR", ROOT / "target" / "chaos"))
JAR = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
CRD = ROOT / "crds" / "readinessprofiles.prodready.dev-v1.yml"
OUTAGE = int(os.environ.get("PRODREADY_CHAOS_OUTAGE", "180"))
LEASE_NS = "prodready-system"
SCENARIOS = ["kill-enforce", "apiserver-down", "handover", "outage-le", "bad-input", "shards"]

CLUSTER_ENV = dict(os.environ, PRODREADY_CLUSTER_DIR=str(WORK / "cluster"))
RESULTS = {}
OPERATORS = []


def log(msg):
    print(f"[chaos {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def run(cmd, check=True, **kw):
    return subprocess.run(cmd, check=check, text=True, capture_output=True, **kw)


def kubectl(*args, check=True, stdin=None):
    return run([KUBECTL, "--kubeconfig", KUBECONFIG, *args], check=check, input=stdin).stdout


def kjson(*args):
    out = kubectl(*args, "-o", "json", check=False)
    return json.loads(out) if out.strip() else None


def apply(docs):
    kubectl("apply", "--server-side", "--force-conflicts", "-f", "-", stdin="\n---\n".join(json.dumps(d) for d in docs))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, predicate, timeout, interval=0.25):
    start = time.monotonic()
    while True:
        value = predicate()
        if value:
            return time.monotonic() - start, value
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"{what}: not reached after {timeout}s")
        time.sleep(interval)


# --------------------------------------------------------------------------------------------------------------------
# The operator as a process (what a pod would run: the packaged jar, prod profile)
# --------------------------------------------------------------------------------------------------------------------
class Operator:
    """One replica, restarted when it exits unasked, as a pod with restartPolicy Always would be (its exits are
    recorded: an exit on a lost Lease, or a start-up that failed on an overloaded machine)."""

    def __init__(self, name, env):
        self.name = name
        self.port = free_port()
        self.log_path = WORK / f"operator-{name}.log"
        self.env = dict(os.environ, KUBECONFIG=KUBECONFIG, HOSTNAME=name, QUARKUS_HTTP_PORT=str(self.port),
                        QUARKUS_LOG_CONSOLE_JSON_ENABLED="false", **env)
        self.env.pop("KUBERNETES_MASTER", None)
        self.unasked_exits = []
        self.asked = False
        self._spawn()
        OPERATORS.append(self)
        threading.Thread(target=self._supervise, daemon=True).start()

    def _spawn(self):
        with open(self.log_path, "a") as out:
            out.write(f"--- start {time.strftime('%H:%M:%S')}\n")
            self.proc = subprocess.Popen(["java", "-jar", str(JAR)], env=self.env, stdout=out,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        log(f"operator {self.name}: pid {self.proc.pid}, port {self.port}")

    def _supervise(self):
        while True:
            time.sleep(0.5)
            if self.asked:
                return
            code = self.proc.poll()
            if code is not None and not self.asked:
                self.unasked_exits.append((time.monotonic(), code))
                log(f"operator {self.name} exited with {code} unasked; restarting it like a pod")
                self._spawn()

    def alive(self):
        return self.proc.poll() is None

    def signal(self, sig):
        """Asked to end: it is not restarted."""
        self.asked = True
        if self.alive():
            self.proc.send_signal(sig)

    def stop(self):
        self.asked = True
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def metrics(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/metrics", timeout=10) as r:
            return r.read().decode()

    def started(self):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/started", timeout=2) as r:
                return r.status == 200
        except Exception:
            return False


def lease_holder(name):
    lease = kjson("get", "lease", name, "-n", LEASE_NS)
    return (lease or {}).get("spec", {}).get("holderIdentity") or ""


# --------------------------------------------------------------------------------------------------------------------
# The API server as a process that can be taken away and brought back with the same flags
# --------------------------------------------------------------------------------------------------------------------
class ApiServer:
    def __init__(self):
        self.pid_file = WORK / "cluster" / "kube-apiserver.pid"

    def stop(self):
        pid = int(self.pid_file.read_text().strip())
        self.cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[:-1]
        assert os.path.basename(self.cmdline[0].decode()) == "kube-apiserver", "pid file does not name kube-apiserver"
        os.kill(pid, signal.SIGTERM)
        wait_until("kube-apiserver exited", lambda: not Path(f"/proc/{pid}").exists(), 30)

    def start(self):
        with open(WORK / "cluster" / "kube-apiserver.log", "a") as out:
            proc = subprocess.Popen([c.decode() for c in self.cmdline], stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        self.pid_file.write_text(str(proc.pid))  # so that hack/local-cluster.sh stop finds it
        wait_until("kube-apiserver ready", lambda: run([KUBECTL, "--kubeconfig", KUBECONFIG, "get", "--raw=/readyz"],
                                                       check=False).stdout == "ok", 120, 0.2)


# --------------------------------------------------------------------------------------------------------------------
# Test objects
# --------------------------------------------------------------------------------------------------------------------
def namespace(name, labels=None):
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels or {}}}


def deployment(ns, name="api", replicas=2, annotations=None):
    return {"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": name, "namespace": ns, "annotations": annotations or {}},
            "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
                     "template": {"metadata": {"labels": {"app": name}},
                                  "spec": {"containers": [{"name": name, "image": "registry.example.com/api:1.0",
                                                           "resources": {"requests": {"cpu": "100m",
                                                                                      "memory": "128Mi"}}}]}}}}


def profile(ns, spec=None):
    return {"apiVersion": "prodready.dev/v1alpha1", "kind": "ReadinessProfile",
            "metadata": {"name": "production", "namespace": ns}, "spec": spec or {}}


def profiles(prefix):
    items = (kjson("get", "rp", "-A") or {}).get("items", [])
    return [p for p in items if p["metadata"]["namespace"].startswith(prefix)]


def scored(prefix, count):
    ps = profiles(prefix)
    return len(ps) == count and all(p.get("status", {}).get("score") is not None for p in ps)


def replicas_reflected(ns, replicas):
    """The profile's min-replicas check has seen the Deployment's current replica count."""
    p = kjson("get", "rp", "production", "-n", ns) or {}
    check = next((c for c in p.get("status", {}).get("checks", []) if c["id"] == "min-replicas"), None)
    return check is not None and check["state"] == ("Fail" if replicas < 2 else "Pass")


def set_replicas(ns, replicas):
    kubectl("scale", "deployment/api", "-n", ns, f"--replicas={replicas}")


# --------------------------------------------------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------------------------------------------------
MANAGED_KINDS = "resourcequotas,limitranges,networkpolicies,poddisruptionbudgets"


def managed_objects():
    out = kubectl("get", MANAGED_KINDS, "-A", "-l", "app.kubernetes.io/managed-by=prodready",
                  "-o", "jsonpath={range .items[*]}{.kind}/{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}")
    return [line for line in out.splitlines() if line]


def scenario_kill_enforce():
    n = 50
    guardrails = {"mode": "Enforce", "resourceQuota": {"enabled": True}, "limitRange": {"enabled": True},
                  "networkPolicy": {"enabled": True}, "podDisruptionBudgets": {"enabled": True}}
    docs, user = [], []
    for i in range(n):
        ns = f"enforce-{i:02d}"
        docs += [namespace(ns), deployment(ns)]
        if i % 2 == 0:  # a user's own quota capping cpu and memory: must be reported as Exists and never touched
            # (an object-count-only quota does not pass the resource-quota check, so the guardrail adds its own)
            docs.append({"apiVersion": "v1", "kind": "ResourceQuota", "metadata": {"name": "team-quota", "namespace": ns},
                         "spec": {"hard": {"pods": "50", "requests.cpu": "8", "requests.memory": "16Gi"}}})
            user.append(ns)
    apply(docs)
    before = {ns: kjson("get", "resourcequota", "team-quota", "-n", ns)["metadata"]["resourceVersion"] for ns in user}

    op = Operator("enforce", {})
    wait_until("operator started", op.started, 300)
    apply([profile(f"enforce-{i:02d}", {"remediation": guardrails}) for i in range(n)])
    expected = n * 4 + (n - len(user))  # limits, default-deny, allow-dns, PDB each; a quota where the user has none
    kills = []
    for threshold in (5, 60, 120, 180):
        wait_until(f"{threshold} guardrails", lambda: len(managed_objects()) >= threshold, 600, 0.2)
        op.signal(signal.SIGKILL)
        op.proc.wait()
        kills.append(len(managed_objects()))
        log(f"SIGKILL with {kills[-1]} of {expected} guardrails created; restarting")
        op = Operator("enforce", {})
    restart = time.monotonic()

    def converged():
        objects = managed_objects()
        if len(objects) < expected:
            return None
        for p in profiles("enforce-"):
            actions = p.get("status", {}).get("remediation", {}).get("actions", [])
            if not actions or any(a["action"] not in ("Created", "Exists") for a in actions):
                return None
        return objects

    try:
        _, objects = wait_until("Enforce converged", converged, 600, 1)
    except TimeoutError:
        log(f"not converged; {len(managed_objects())} guardrails; first profile: {profiles('enforce-')[0].get('status')}")
        raise
    convergence = time.monotonic() - restart
    duplicates = len(objects) - len(set(objects))
    extra = len(objects) - expected
    touched = [ns for ns in user if kjson("get", "resourcequota", "team-quota", "-n", ns)["metadata"]["resourceVersion"]
               != before[ns]]
    exists = sum(1 for p in profiles("enforce-") for a in p["status"]["remediation"]["actions"]
                 if a["action"] == "Exists" and a["name"] == "team-quota")
    op.stop()
    RESULTS["kill-enforce"] = {"unasked_restarts": len(op.unasked_exits),"namespaces": n, "guardrails_expected": expected, "kills_at_guardrail_counts": kills,
                               "converged_seconds_after_last_restart": round(convergence, 1),
                               "guardrails_found": len(objects), "duplicates": duplicates, "unexpected": extra,
                               "user_quotas": len(user), "user_quotas_reported_exists": exists,
                               "user_quotas_modified": touched}
    assert duplicates == 0 and extra == 0 and not touched and exists == len(user), RESULTS["kill-enforce"]


def scenario_apiserver_down():
    n = 20
    apply([d for i in range(n) for d in (namespace(f"outage-{i:02d}"), deployment(f"outage-{i:02d}"),
                                          profile(f"outage-{i:02d}"))])
    # A 1-minute status heartbeat makes "evaluated periodically" visible in status.lastEvaluated within the run (and
    # makes every periodic pass write, so that reconciles fail while the API server is away).
    op = Operator("outage", {"PRODREADY_RESYNC_INTERVAL": "1m", "PRODREADY_STATUS_HEARTBEAT": "1m"})
    wait_until("20 profiles scored", lambda: scored("outage-", n), 600, 1)
    api = ApiServer()
    log(f"stopping kube-apiserver for {OUTAGE}s")
    down = time.monotonic()
    api.stop()
    time.sleep(OUTAGE)
    api.start()
    back = time.time()
    log("kube-apiserver is back")

    def evaluated_since_return():
        times = [p.get("status", {}).get("lastEvaluated") for p in profiles("outage-")]
        return [t for t in times if t and calendar.timegm(time.strptime(t, "%Y-%m-%dT%H:%M:%SZ")) >= back - 1]

    try:
        took, _ = wait_until("every profile evaluated again", lambda: len(evaluated_since_return()) == n, 300, 2)
    except TimeoutError:
        took = None
    reevaluated = len(evaluated_since_return())
    exits = [code for at, code in op.unasked_exits if at >= down]
    exhausted = op.log_path.read_text().count("Exhausted retries")
    op.stop()
    RESULTS["apiserver-down"] = {"profiles": n, "outage_seconds": OUTAGE, "resync_interval": "1m",
                                 "status_heartbeat": "1m",
                                 "josdk_exhausted_retries_logged": exhausted,
                                 "reschedule_after_failure": os.environ.get("PRODREADY_RESCHEDULE_AFTER_FAILURE",
                                                                            "1m (default)"),
                                 "reevaluated_after_return": reevaluated,
                                 "all_reevaluated_seconds_after_return": took and round(took, 1),
                                 "operator_exits_during_and_after_outage": exits}


def scenario_handover():
    n = 10
    apply([d for i in range(n) for d in (namespace(f"ha-{i:02d}"), deployment(f"ha-{i:02d}"), profile(f"ha-{i:02d}"))])
    apply([namespace(LEASE_NS)])
    le = {"PRODREADY_LEADER_ELECTION_ENABLED": "true", "PRODREADY_LEADER_ELECTION_LEASE_NAMESPACE": LEASE_NS}
    a = Operator("replica-a", le)
    wait_until("replica-a leads", lambda: lease_holder("prodready-operator").startswith("replica-a"), 300)
    wait_until("profiles scored", lambda: scored("ha-", n), 300, 1)
    b = Operator("replica-b", le)
    wait_until("replica-b started", b.started, 300)
    time.sleep(3)

    # Rolling update: SIGTERM to the leader.
    t0 = time.monotonic()
    a.signal(signal.SIGTERM)
    exit_after = takeover = None
    while exit_after is None or takeover is None:
        now = time.monotonic() - t0
        if exit_after is None and not a.alive():
            exit_after = now
        if takeover is None and lease_holder("prodready-operator").startswith("replica-b"):
            takeover = now
        if now > 120:
            raise TimeoutError(f"SIGTERM handover: exit after {exit_after}, takeover after {takeover}")
        time.sleep(0.1)
    set_replicas("ha-00", 1)
    reconciled, _ = wait_until("replica-b reflects a change", lambda: replicas_reflected("ha-00", 1), 60, 0.2)
    RESULTS["handover-sigterm"] = {"leader_exit_seconds": round(exit_after, 1),
                                   "leader_exit_code": a.proc.returncode,
                                   "lease_taken_by_follower_seconds": round(takeover, 1),
                                   "change_reflected_by_new_leader_seconds": round(reconciled, 1)}
    log(f"SIGTERM: old leader exited after {exit_after:.1f}s, Lease taken after {takeover:.1f}s")

    # Crash: SIGKILL of the new leader, with the old one back as follower.
    a = Operator("replica-a", le)
    wait_until("replica-a started", a.started, 300)
    time.sleep(3)
    t1 = time.monotonic()
    b.signal(signal.SIGKILL)
    failover, _ = wait_until("replica-a leads", lambda: lease_holder("prodready-operator").startswith("replica-a"), 60,
                             0.1)
    set_replicas("ha-00", 2)
    reconciled, _ = wait_until("replica-a reflects a change", lambda: replicas_reflected("ha-00", 2), 60, 0.2)
    RESULTS["handover-sigkill"] = {"lease_taken_by_follower_seconds": round(failover, 1),
                                   "change_reflected_after_takeover_seconds": round(reconciled, 1),
                                   "lease_duration": "10s", "renew_deadline": "8s", "retry_period": "2s"}
    log(f"SIGKILL: Lease taken after {failover:.1f}s")
    b = Operator("replica-b", le)
    wait_until("replica-b started", b.started, 300)
    time.sleep(3)
    return a, b


def scenario_outage_le(replicas):
    a, b = replicas
    leader, follower = (a, b) if lease_holder("prodready-operator").startswith("replica-a") else (b, a)
    api = ApiServer()
    log("stopping kube-apiserver for 30s with two replicas")
    t0 = time.monotonic()
    api.stop()
    time.sleep(30)
    leader_exits = [code for at, code in leader.unasked_exits if at >= t0]
    follower_exits = [code for at, code in follower.unasked_exits if at >= t0]
    api.start()
    back = time.monotonic()
    set_replicas("ha-01", 1)
    resumed, _ = wait_until("a change is reflected", lambda: replicas_reflected("ha-01", 1), 120, 0.2)
    holder = lease_holder("prodready-operator")
    RESULTS["outage-le"] = {"outage_seconds": 30,
                            "leader_exit_codes_during_outage": leader_exits,
                            "follower_exit_codes_during_outage": follower_exits,
                            "change_reflected_seconds_after_return": round(resumed, 1),
                            "lease_holder_after": holder.split("_")[0]}
    log(f"outage: change reflected {resumed:.1f}s after the API server's return, by {holder}")
    a.stop()
    b.stop()


def scenario_bad_input():
    junk = ",".join(f"junk-check-id-{i:05d}" for i in range(2300))[: 40 * 1024]
    docs = [namespace("junk")]
    for i in range(6):
        docs.append(deployment("junk", f"w{i}", annotations={"prodready.dev/exempt": junk,
                                                             "prodready.dev/exempt-reason": "x" * 1024}))
    docs.append(profile("junk"))
    docs += [namespace("badsel"), deployment("badsel"),
             profile("badsel", {"workloadSelector": {"matchLabels": {"bad key!": "api"}}})]
    op = Operator("bad-input", {})
    wait_until("operator started", op.started, 300)
    t0 = time.monotonic()
    apply(docs)
    def junk_rejected():
        status = (kjson("get", "rp", "production", "-n", "junk") or {}).get("status", {})
        rejected = [e for e in status.get("exemptions", []) if e.get("state") == "Rejected"]
        return len(rejected) == 6 and (status, rejected)

    took, (status, rejected) = wait_until("junk profile scored with its 6 rejected annotations", junk_rejected, 300, 0.5)

    def invalid():
        p = kjson("get", "rp", "production", "-n", "badsel") or {}
        return next((c for c in p.get("status", {}).get("conditions", []) if c["reason"] == "InvalidSpec"), None)

    _, condition = wait_until("badsel InvalidSpec", invalid, 60, 0.5)
    op.stop()
    RESULTS["bad-input"] = {"junk_annotation_bytes_total": 6 * len(junk), "status_written_seconds": round(took, 1),
                            "status_bytes": len(json.dumps(status)), "rejected_entries": len(rejected),
                            "invalid_selector_message": condition["message"]}


def scenario_shards():
    docs = []
    for shard in ("a", "b"):
        for i in range(10):
            ns = f"shard-{shard}-{i:02d}"
            docs += [namespace(ns, {"prodready.dev/shard": shard}), deployment(ns), profile(ns)]
    apply(docs)
    ops = {s: Operator(f"shard-{s}", {"PRODREADY_SHARD_NAMESPACE_SELECTOR": f"prodready.dev/shard={s}"})
           for s in ("a", "b")}
    took, _ = wait_until("20 shard profiles scored", lambda: scored("shard-", 20), 600, 1)
    evaluated = {s: sorted(set(re.findall(r'prodready_score\{namespace="(shard-[ab]-\d\d)"', op.metrics())))
                 for s, op in ops.items()}
    overlap = sorted(set(evaluated["a"]) & set(evaluated["b"]))
    wrong = [ns for s, names in evaluated.items() for ns in names if not ns.startswith(f"shard-{s}-")]
    for op in ops.values():
        op.stop()
    RESULTS["shards"] = {"namespaces": 20, "all_scored_seconds": round(took, 1),
                         "evaluated_by_a": len(evaluated["a"]), "evaluated_by_b": len(evaluated["b"]),
                         "evaluated_by_both": overlap, "evaluated_by_wrong_shard": wrong}
    assert not overlap and not wrong and len(evaluated["a"]) == 10 and len(evaluated["b"]) == 10, RESULTS["shards"]


# --------------------------------------------------------------------------------------------------------------------
def build_if_stale():
    sources = [ROOT / "pom.xml", *(ROOT / "src" / "main").rglob("*")]
    if JAR.exists() and all(p.stat().st_mtime <= JAR.stat().st_mtime for p in sources if p.is_file()):
        return
    mvn = shlex.split(os.environ.get("MVN", "mvn -B"))
    log(f"building the operator: {' '.join(mvn)} -DskipTests package")
    result = run([*mvn, "-q", "-DskipTests", "package"], check=False, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.stdout[-3000:] + result.stderr[-3000:])
    JAR.touch()


def main(argv):
    global KUBECTL, KUBECONFIG
    chosen = argv or SCENARIOS
    unknown = [s for s in chosen if s not in SCENARIOS]
    if unknown:
        sys.exit(f"unknown scenario(s) {unknown}; choose from {SCENARIOS}")
    WORK.mkdir(parents=True, exist_ok=True)
    run([str(ROOT / "hack" / "control-plane.sh"), "ensure"], cwd=ROOT)
    KUBECTL = str(Path(run([str(ROOT / "hack" / "control-plane.sh"), "dir"], cwd=ROOT).stdout.strip()) / "kubectl")
    build_if_stale()
    subprocess.run([str(ROOT / "hack" / "local-cluster.sh"), "stop"], env=CLUSTER_ENV, check=False)
    try:
        subprocess.run([str(ROOT / "hack" / "local-cluster.sh"), "start", "--fresh"], env=CLUSTER_ENV, check=True)
        KUBECONFIG = run([str(ROOT / "hack" / "local-cluster.sh"), "kubeconfig"], env=CLUSTER_ENV).stdout.strip()
        kubectl("apply", "-f", str(CRD))
        kubectl("wait", "--for=condition=Established", "--timeout=60s", "crd/readinessprofiles.prodready.dev")
        started = time.monotonic()
        replicas = None
        for name in chosen:
            log(f"=== {name}")
            if name == "outage-le":
                scenario_outage_le(replicas or scenario_handover())
            elif name == "handover":
                replicas = scenario_handover()
                if "outage-le" not in chosen:
                    for op in replicas:
                        op.stop()
            else:
                globals()["scenario_" + name.replace("-", "_")]()
            log(f"{name}: {json.dumps({k: v for k, v in RESULTS.items() if k.startswith(name.split('-')[0])})}")
        RESULTS["machine"] = {"cpus": os.cpu_count(), "load_average": os.getloadavg(),
                              "total_seconds": round(time.monotonic() - started)}
    finally:
        for op in OPERATORS:
            op.stop()
        subprocess.run([str(ROOT / "hack" / "local-cluster.sh"), "stop"], env=CLUSTER_ENV, check=False)
        (WORK / "results.json").write_text(json.dumps(RESULTS, indent=2) + "\n")
        print(json.dumps(RESULTS, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
