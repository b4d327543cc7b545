// Package atomicfile writes files so that a reader, or the next start after a crash, sees
// either the old content or the new, never half of it: the data goes to a temporary file in
// the same directory, is synced, and is renamed over the target.
package atomicfile
