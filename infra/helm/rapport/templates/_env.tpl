{{- define "rapport.backendEnv" -}}
- {name: RAPPORT_DB_HOST, value: {{ .Values.database.host | quote }}}
- {name: RAPPORT_DB_PORT, value: {{ .Values.database.port | quote }}}
- {name: RAPPORT_DB_USER, value: {{ .Values.database.user | quote }}}
- name: RAPPORT_DB_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ .Values.database.existingSecret }}, key: password}}
- {name: RAPPORT_KEYCLOAK_URL, value: {{ .Values.keycloak.url | quote }}}
- name: RAPPORT_KEYCLOAK_PROVISIONER_SECRET
  valueFrom: {secretKeyRef: {name: {{ .Values.keycloak.provisionerSecret }}, key: secret}}
{{- end -}}
