// The batch's new claims: each id was made by the plan, so CREATE makes what merge-claims' MERGE
// would, without a lookup and lock of the unique index per row. Claims seen again go through
// merge-claims, after these.
UNWIND $claims AS x
CREATE (c:Claim)
SET c = x.props
