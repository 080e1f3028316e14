package dev.prodready.snapshot;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.Set;

/**
 * The optional CRDs Prodready reads: kinds of other projects (Prometheus Operator, Velero, Argo,
 * Flux, Kyverno...) that a cluster may or may not serve. Checks declare the ones they read, the
 * operator watches those, `prodready audit` resolves --assume-crds against them, and a namespace
 * snapshot keeps their objects under {@link #key()}. A kind written "*" stands for every kind of
 * the group (Gatekeeper defines one constraint kind per ConstraintTemplate).
 */
public enum OptionalCrd {
  SERVICE_MONITOR("monitoring.coreos.com", "ServiceMonitor"),
  POD_MONITOR("monitoring.coreos.com", "PodMonitor"),
  PROMETHEUS_RULE("monitoring.coreos.com", "PrometheusRule"),
  ALERTMANAGER_CONFIG("monitoring.coreos.com", "AlertmanagerConfig"),
  GRAFANA_DASHBOARD("grafana.integreatly.org", "GrafanaDashboard"),
  LOGGING("logging.banzaicloud.io", "Logging"),
  SLOTH_SERVICE_LEVEL("sloth.slok.dev", "PrometheusServiceLevel"),
  PYRRA_SLO("pyrra.dev", "ServiceLevelObjective"),
  VELERO_SCHEDULE("velero.io", "Schedule"),
  VELERO_RESTORE("velero.io", "Restore"),
  CNPG_CLUSTER("postgresql.cnpg.io", "Cluster"),
  CNPG_SCHEDULED_BACKUP("postgresql.cnpg.io", "ScheduledBackup"),
  VOLUME_SNAPSHOT("snapshot.storage.k8s.io", "VolumeSnapshot"),
  SNAPSHOT_SCHEDULE("snapscheduler.backube", "SnapshotSchedule"),
  ARGO_ROLLOUT("argoproj.io", "Rollout"),
  ARGOCD_APPLICATION("argoproj.io", "Application"),
  FLUX_ALERT("notification.toolkit.fluxcd.io", "Alert"),
  FLAGGER_CANARY("flagger.app", "Canary"),
  KYVERNO_CLUSTER_POLICY("kyverno.io", "ClusterPolicy"),
  KYVERNO_POLICY("kyverno.io", "Policy"),
  KYVERNO_IMAGE_VALIDATING_POLICY("policies.kyverno.io", "ImageValidatingPolicy"),
  GATEKEEPER_CONSTRAINT_TEMPLATE("templates.gatekeeper.sh", "ConstraintTemplate"),
  GATEKEEPER_CONSTRAINTS("constraints.gatekeeper.sh", OptionalCrd.ANY_KIND),
  SIGSTORE_CLUSTER_IMAGE_POLICY("policy.sigstore.dev", "ClusterImagePolicy"),
  EXTERNAL_SECRET("external-secrets.io", "ExternalSecret"),
  SEALED_SECRET("bitnami.com", "SealedSecret"),
  VAULT_STATIC_SECRET("secrets.hashicorp.com", "VaultStaticSecret"),
  VAULT_DYNAMIC_SECRET("secrets.hashicorp.com", "VaultDynamicSecret"),
  VAULT_PKI_SECRET("secrets.hashicorp.com", "VaultPKISecret"),
  SECRET_PROVIDER_CLASS("secrets-store.csi.x-k8s.io", "SecretProviderClass"),
  CERTIFICATE("cert-manager.io", "Certificate"),
  DNS_ENDPOINT("externaldns.k8s.io", "DNSEndpoint"),
  GKE_BACKEND_CONFIG("cloud.google.com", "BackendConfig"),
  GKE_FRONTEND_CONFIG("networking.gke.io", "FrontendConfig"),
  TRAEFIK_MIDDLEWARE("traefik.io", "Middleware"),
  TRAEFIK_MIDDLEWARE_LEGACY("traefik.containo.us", "Middleware"),
  VERTICAL_POD_AUTOSCALER("autoscaling.k8s.io", "VerticalPodAutoscaler");

  /** The kind that stands for every kind of its group. */
  public static final String ANY_KIND = "*";

  private final String group;
  private final String kind;

  OptionalCrd(String group, String kind) {
    this.group = group;
    this.kind = kind;
  }

  public String group() {
    return group;
  }

  public String kind() {
    return kind;
  }

  /** "group/Kind", for example "monitoring.coreos.com/PrometheusRule". */
  public String key() {
    return group + "/" + kind;
  }

  /** The "group/Kind" a CustomResourceDefinition serves. */
  public static String key(CustomResourceDefinition crd) {
    return crd.getSpec().getGroup() + "/" + crd.getSpec().getNames().getKind();
  }

  /** The "group/Kind" of an object, for example "monitoring.coreos.com/PrometheusRule". */
  public static String key(HasMetadata object) {
    String apiVersion = object.getApiVersion();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    return group + "/" + object.getKind();
  }

  /** Whether a served "group/Kind" is of this CRD (for "*", any kind of the group). */
  public boolean matches(String groupKind) {
    return kind.equals(ANY_KIND) ? groupKind.startsWith(group + "/") : key().equals(groupKind);
  }

  /**
   * Whether "group/Kind" keys name a served "group/Kind", as itself or as "group/*" (Gatekeeper
   * defines one constraint kind per template).
   */
  public static boolean names(Set<String> keys, String groupKind) {
    return keys.contains(groupKind)
        || keys.contains(groupKind.substring(0, groupKind.indexOf('/') + 1) + ANY_KIND);
  }

  @Override
  public String toString() {
    return key();
  }
}
