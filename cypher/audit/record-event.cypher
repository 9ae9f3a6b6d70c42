CREATE (e:AuditEvent {
  id: $id, action: $action, at: $at,
  keyId: $keyId, keyName: $keyName, role: $role,
  targetId: $targetId, details: $details
})
