// The audit events of a batch of ingests, one per stored article: the same node as
// audit/record-event writes, in one round trip for the whole batch.
UNWIND $events AS x
CREATE (e:AuditEvent {
  id: x.id, action: x.action, at: x.at,
  keyId: x.keyId, keyName: x.keyName, role: x.role,
  targetId: x.targetId, details: x.details
})
