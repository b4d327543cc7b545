// Package journal is the relayer's embedded on-disk store (LevelDB, every write synced
// before it returns): what the relayer has accepted is on disk before the client hears
// "accepted", so a crash at any moment, followed by a restart, loses nothing.
//
// Writes are group-committed: LevelDB merges the writes of concurrent callers into one
// log append and one fsync (its write merge), so N handlers journaling at once wait for
// about one fsync, not N in a row. That works only if callers do not serialise themselves
// first: nobody may hold a lock of their own across Put or Write (reserve under the lock,
// write outside it, publish after).
package journal
