#!/usr/bin/env python3
"""Writes a deterministic corpus of Kubernetes manifests for `make bench-peers` (hack/bench-peers.sh).

Usage: hack/bench-corpus.py WORKLOADS DIR

DIR gets one file per namespace (ns-0001.yaml, ...), 20 workloads each: Deployments, StatefulSets and DaemonSets, half
of them well configured and half poorly (no requests/limits, no probes, :latest images, one replica, root), with the
Services, PodDisruptionBudgets, HorizontalPodAutoscalers, NetworkPolicies, ResourceQuotas and LimitRanges a real
namespace has. The same arguments always give the same bytes (a seeded generator, no clock). Standard library only.
"""
import os
import random
import sys

PER_NAMESPACE = 20


def container(rng, good, name):
    if good:
        return f"""      - name: {name}
        image: registry.example.com/{name}:1.{rng.randint(0, 40)}.{rng.randint(0, 9)}
        ports:
        - containerPort: 8080
          name: http
        resources:
          requests: {{cpu: {rng.choice([50, 100, 250])}m, memory: {rng.choice([64, 128, 256])}Mi}}
          limits: {{cpu: "1", memory: 512Mi}}
        livenessProbe:
          httpGet: {{path: /healthz, port: http}}
        readinessProbe:
          httpGet: {{path: /ready, port: http}}
        lifecycle:
          preStop:
            exec: {{command: ["sleep", "5"]}}
        securityContext:
          runAsNonRoot: true
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities: {{drop: [ALL]}}
          seccompProfile: {{type: RuntimeDefault}}
"""
    return f"""      - name: {name}
        image: {rng.choice(["nginx", "nginx:latest", "redis:latest", "busybox"])}
        ports:
        - containerPort: 80
        env:
        - name: PASSWORD
          valueFrom:
            secretKeyRef: {{name: {name}-secret, key: password}}
"""


def workload(rng, ns, kind, name, good):
    replicas = "" if kind == "DaemonSet" else f"  replicas: {3 if good else 1}\n"
    service_name = f"  serviceName: {name}\n" if kind == "StatefulSet" else ""
    strategy = ""
    if kind == "Deployment" and good:
        strategy = "  strategy:\n    type: RollingUpdate\n    rollingUpdate: {maxUnavailable: 0, maxSurge: 1}\n"
    pod_extra = ""
    if good:
        pod_extra = f"""      serviceAccountName: {name}
      automountServiceAccountToken: false
      terminationGracePeriodSeconds: 45
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: topology.kubernetes.io/zone
        whenUnsatisfiable: ScheduleAnyway
        labelSelector: {{matchLabels: {{app: {name}}}}}
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm:
              topologyKey: kubernetes.io/hostname
              labelSelector: {{matchLabels: {{app: {name}}}}}
"""
    annotations = '      annotations: {prometheus.io/scrape: "true", prometheus.io/port: "8080"}\n' if good else ""
    return f"""---
apiVersion: apps/v1
kind: {kind}
metadata:
  name: {name}
  namespace: {ns}
  labels: {{app: {name}, tier: {rng.choice(["web", "api", "worker"])}}}
spec:
{replicas}{service_name}{strategy}  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}}}
{annotations}    spec:
{pod_extra}      containers:
{container(rng, good, name)}"""


def service(ns, name):
    return f"""---
apiVersion: v1
kind: Service
metadata: {{name: {name}, namespace: {ns}}}
spec:
  selector: {{app: {name}}}
  ports:
  - {{name: http, port: 80, targetPort: 8080}}
"""


def pdb(ns, name):
    return f"""---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {{name: {name}, namespace: {ns}}}
spec:
  minAvailable: 1
  selector: {{matchLabels: {{app: {name}}}}}
"""


def hpa(ns, name):
    return f"""---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {{name: {name}, namespace: {ns}}}
spec:
  scaleTargetRef: {{apiVersion: apps/v1, kind: Deployment, name: {name}}}
  minReplicas: 3
  maxReplicas: 10
  metrics:
  - type: Resource
    resource: {{name: cpu, target: {{type: Utilization, averageUtilization: 70}}}}
"""


def guardrails(ns):
    return f"""---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {{name: default-deny, namespace: {ns}}}
spec:
  podSelector: {{}}
  policyTypes: [Ingress, Egress]
---
apiVersion: v1
kind: ResourceQuota
metadata: {{name: quota, namespace: {ns}}}
spec:
  hard: {{requests.cpu: "20", requests.memory: 40Gi, limits.cpu: "40", limits.memory: 80Gi, pods: "100"}}
---
apiVersion: v1
kind: LimitRange
metadata: {{name: defaults, namespace: {ns}}}
spec:
  limits:
  - type: Container
    default: {{cpu: 500m, memory: 256Mi}}
    defaultRequest: {{cpu: 100m, memory: 128Mi}}
"""


def namespace(rng, index, count):
    ns = f"team-{index:04d}"
    good_namespace = index % 2 == 0
    labels = "{pod-security.kubernetes.io/enforce: restricted}" if good_namespace else "{}"
    parts = [f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels: {labels}\n"]
    if good_namespace:
        parts.append(guardrails(ns))
    for i in range(count):
        kind = ["Deployment", "Deployment", "Deployment", "StatefulSet", "DaemonSet"][i % 5]
        name = f"{kind.lower()}-{i:02d}"
        good = rng.random() < 0.5
        parts.append(workload(rng, ns, kind, name, good))
        if kind != "DaemonSet":
            parts.append(service(ns, name))
        if good and kind != "DaemonSet":
            parts.append(pdb(ns, name))
        if good and kind == "Deployment":
            parts.append(hpa(ns, name))
    return ns, "".join(parts)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    total, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261202)
    index, left = 1, total
    while left > 0:
        count = min(PER_NAMESPACE, left)
        ns, text = namespace(rng, index, count)
        with open(os.path.join(out, f"ns-{index:04d}.yaml"), "w") as f:
            f.write(text)
        index, left = index + 1, left - count
    return 0


if __name__ == "__main__":
    sys.exit(main())
