{{/* Full name of the release's objects: the release name when it already contains the chart name. */}}
{{- define "prodready.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "prodready.serviceAccountName" -}}
{{- default (include "prodready.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{/* Labels that select the operator pods of this release. */}}
{{- define "prodready.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "prodready.labels" -}}
{{ include "prodready.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: operator
app.kubernetes.io/part-of: prodready
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "prodready.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/*
Whether an optional object is rendered: true, false, or auto (rendered when the cluster serves the kind it needs,
e.g. "monitoring.coreos.com/v1/ServiceMonitor"; a served group version alone is not enough).
Arguments: (list <enabled value> <group/version/Kind> <root context>).
*/}}
{{- define "prodready.optionalEnabled" -}}
{{- $enabled := index . 0 -}}
{{- $kind := index . 1 -}}
{{- $ctx := index . 2 -}}
{{- if eq (toString $enabled) "auto" -}}
{{- if $ctx.Capabilities.APIVersions.Has $kind -}}true{{- end -}}
{{- else if eq (toString $enabled) "true" -}}true
{{- end -}}
{{- end -}}

{{/*
Rules the operator needs in every namespace it watches: read the objects checks look at, write profile status and
Events, and create the guardrails remediation plans (updates and deletes only on the operator's own fixed names; PDB
names follow workload names). Bound cluster-wide, or by a RoleBinding per watched namespace. RbacTest derives the
permissions from the code and fails when these rules grant less or more.
*/}}
{{- define "prodready.namespacedRules" -}}
- apiGroups: [prodready.dev]
  resources: [readinessprofiles]
  verbs: [list, watch]
- apiGroups: [prodready.dev]
  resources: [readinessprofiles/status]
  verbs: [patch]
- apiGroups: [""]
  resources: [limitranges, persistentvolumeclaims, resourcequotas, serviceaccounts, services]
  verbs: [list, watch]
- apiGroups: [apps]
  resources: [daemonsets, deployments, statefulsets]
  verbs: [list, watch]
- apiGroups: [autoscaling]
  resources: [horizontalpodautoscalers]
  verbs: [list, watch]
- apiGroups: [batch]
  resources: [cronjobs, jobs]
  verbs: [list, watch]
- apiGroups: [networking.k8s.io]
  resources: [ingresses, networkpolicies]
  verbs: [list, watch]
- apiGroups: [policy]
  resources: [poddisruptionbudgets]
  verbs: [list, watch, create, update, patch, delete]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [rolebindings, roles]
  verbs: [list, watch]
- apiGroups: [""]
  resources: [limitranges, resourcequotas]
  verbs: [create]
- apiGroups: [""]
  resources: [resourcequotas]
  resourceNames: [prodready-quota]
  verbs: [update, patch, delete]
- apiGroups: [""]
  resources: [limitranges]
  resourceNames: [prodready-limits]
  verbs: [update, patch, delete]
- apiGroups: [networking.k8s.io]
  resources: [networkpolicies]
  verbs: [create]
- apiGroups: [networking.k8s.io]
  resources: [networkpolicies]
  resourceNames: [prodready-allow-dns, prodready-default-deny]
  verbs: [update, patch, delete]
- apiGroups: [monitoring.coreos.com]
  resources: [prometheusrules]
  verbs: [create]
- apiGroups: [monitoring.coreos.com]
  resources: [prometheusrules]
  resourceNames: [prodready-alerts]
  verbs: [update, patch, delete]
- apiGroups: [""]
  resources: [events]
  verbs: [create]
{{- end -}}

{{/*
Reads that are cluster-wide whatever is watched: Namespaces (labels), ClusterRoles and ClusterRoleBindings (they reach
every namespace), CRDs (which optional kinds are served), and the objects of optional CRDs checks read, in every
namespace (a Velero Schedule in namespace velero covers others).
*/}}
{{- define "prodready.clusterRules" -}}
- apiGroups: [""]
  resources: [namespaces]
  verbs: [list, watch]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [clusterrolebindings, clusterroles]
  verbs: [list, watch]
- apiGroups: [apiextensions.k8s.io]
  resources: [customresourcedefinitions]
  verbs: [list, watch]
- apiGroups: [networking.k8s.io]
  resources: [ingressclasses]
  verbs: [list, watch]
- apiGroups: [argoproj.io]
  resources: [applications, rollouts]
  verbs: [list, watch]
- apiGroups: [autoscaling.k8s.io]
  resources: [verticalpodautoscalers]
  verbs: [list, watch]
- apiGroups: [bitnami.com]
  resources: [sealedsecrets]
  verbs: [list, watch]
- apiGroups: [cert-manager.io]
  resources: [certificates]
  verbs: [list, watch]
- apiGroups: [cloud.google.com]
  resources: [backendconfigs]
  verbs: [list, watch]
# Gatekeeper defines one constraint kind per ConstraintTemplate: every kind of the group is read, none is known ahead.
- apiGroups: [constraints.gatekeeper.sh]
  resources: ["*"]
  verbs: [list, watch]
- apiGroups: [external-secrets.io]
  resources: [externalsecrets]
  verbs: [list, watch]
- apiGroups: [externaldns.k8s.io]
  resources: [dnsendpoints]
  verbs: [list, watch]
- apiGroups: [flagger.app]
  resources: [canaries]
  verbs: [list, watch]
- apiGroups: [grafana.integreatly.org]
  resources: [grafanadashboards]
  verbs: [list, watch]
- apiGroups: [kyverno.io]
  resources: [clusterpolicies, policies]
  verbs: [list, watch]
- apiGroups: [logging.banzaicloud.io]
  resources: [loggings]
  verbs: [list, watch]
- apiGroups: [monitoring.coreos.com]
  resources: [alertmanagerconfigs, podmonitors, prometheusrules, servicemonitors]
  verbs: [list, watch]
- apiGroups: [networking.gke.io]
  resources: [frontendconfigs]
  verbs: [list, watch]
- apiGroups: [notification.toolkit.fluxcd.io]
  resources: [alerts]
  verbs: [list, watch]
- apiGroups: [policies.kyverno.io]
  resources: [imagevalidatingpolicies]
  verbs: [list, watch]
- apiGroups: [policy.sigstore.dev]
  resources: [clusterimagepolicies]
  verbs: [list, watch]
- apiGroups: [postgresql.cnpg.io]
  resources: [clusters, scheduledbackups]
  verbs: [list, watch]
- apiGroups: [pyrra.dev]
  resources: [servicelevelobjectives]
  verbs: [list, watch]
- apiGroups: [sloth.slok.dev]
  resources: [prometheusservicelevels]
  verbs: [list, watch]
- apiGroups: [secrets-store.csi.x-k8s.io]
  resources: [secretproviderclasses]
  verbs: [list, watch]
- apiGroups: [secrets.hashicorp.com]
  resources: [vaultdynamicsecrets, vaultpkisecrets, vaultstaticsecrets]
  verbs: [list, watch]
- apiGroups: [snapscheduler.backube]
  resources: [snapshotschedules]
  verbs: [list, watch]
- apiGroups: [snapshot.storage.k8s.io]
  resources: [volumesnapshots]
  verbs: [list, watch]
- apiGroups: [templates.gatekeeper.sh]
  resources: [constrainttemplates]
  verbs: [list, watch]
- apiGroups: [traefik.containo.us]
  resources: [middlewares]
  verbs: [list, watch]
- apiGroups: [traefik.io]
  resources: [middlewares]
  verbs: [list, watch]
- apiGroups: [velero.io]
  resources: [restores, schedules]
  verbs: [list, watch]
{{- end -}}

{{/* runbook_url annotation of an alert, when prometheusRule.runbookBaseURL is set. */}}
{{- define "prodready.runbook" -}}
{{- if .base -}}
runbook_url: {{ printf "%s/%s" (trimSuffix "/" .base) .alert | quote }}
{{- end -}}
{{- end -}}
