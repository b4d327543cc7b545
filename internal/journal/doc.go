// Package journal is the relayer's embedded on-disk store (LevelDB, every write synced
// before it returns): what the relayer has accepted is on disk before the client hears
// "accepted", so a crash at any moment, followed by a restart, loses nothing.
package journal
