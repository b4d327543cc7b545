package journal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Journal is a key-value store of JSON records.
type Journal struct {
	db   *leveldb.DB
	sync *opt.WriteOptions
}

// Open opens (or creates) the journal in dir. Only one process may hold it.
func Open(dir string) (*Journal, error) {
	db, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w (is another relayer using it?)", dir, err)
	}
	return &Journal{db: db, sync: &opt.WriteOptions{Sync: true}}, nil
}

// Close closes the store.
func (j *Journal) Close() error { return j.db.Close() }

// Put stores v as JSON under key, synced to disk.
func (j *Journal) Put(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("journal %s: %w", key, err)
	}
	if err := j.db.Put([]byte(key), b, j.sync); err != nil {
		return fmt.Errorf("journal %s: %w", key, err)
	}
	return nil
}

// Get reads the record under key into v; false if there is none. It takes no lock of the
// caller's: records evicted from memory are read back this way.
func (j *Journal) Get(key string, v any) (bool, error) {
	b, err := j.db.Get([]byte(key), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("journal %s: %w", key, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("journal %s: %w", key, err)
	}
	return true, nil
}

// Delete removes the record under key, if any, synced to disk.
func (j *Journal) Delete(key string) error {
	if err := j.db.Delete([]byte(key), j.sync); err != nil {
		return fmt.Errorf("journal %s: %w", key, err)
	}
	return nil
}

// Batch stores several records at once: all or none.
type Batch struct {
	b   leveldb.Batch
	err error
}

// Put adds a record to the batch.
func (b *Batch) Put(key string, v any) {
	if b.err != nil {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		b.err = fmt.Errorf("journal %s: %w", key, err)
		return
	}
	b.b.Put([]byte(key), data)
}

// Write stores the batch, synced to disk.
func (j *Journal) Write(b *Batch) error {
	if b.err != nil {
		return b.err
	}
	if err := j.db.Write(&b.b, j.sync); err != nil {
		return fmt.Errorf("journal batch: %w", err)
	}
	return nil
}

// Each calls fn with every record whose key starts with prefix, in key order.
func (j *Journal) Each(prefix string, fn func(key string, value []byte) error) error {
	it := j.db.NewIterator(util.BytesPrefix([]byte(prefix)), nil)
	defer it.Release()
	for it.Next() {
		if err := fn(string(it.Key()), append([]byte(nil), it.Value()...)); err != nil {
			return err
		}
	}
	return it.Error()
}
