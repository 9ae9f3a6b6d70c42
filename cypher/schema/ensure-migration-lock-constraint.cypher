CREATE CONSTRAINT schema_migration_lock_name IF NOT EXISTS FOR (l:SchemaMigrationLock) REQUIRE l.name IS UNIQUE
