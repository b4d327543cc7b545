package records

import (
	"encoding/json"
	"sort"
	"sync"

	"github.com/seoulchain/seoulchain/internal/journal"
)

// Record is a journaled piece of work (a relay request, a credit) that goes out in a job.
type Record[K comparable] interface {
	Key() K
	JournalKey() string
	// InJob is the job that carries the record, "" before it is assigned one.
	InJob() string
	SetJob(string)
	// Final says the record will change no more: it leaves the open set.
	Final() bool
	// Order is the acceptance order: the order a job carries its records.
	Order() uint64
	Clone() any
}

// Store holds one kind of work: all of it (for status queries and deduplication) and the
// unfinished part apart, which is all the batcher and the intake checks scan. Every change
// is journaled. Its fields are exported for the checks a kind of work adds (a nonce, a
// conflicting record); they are read and written under Mu.
type Store[K comparable, R Record[K]] struct {
	J    *journal.Journal
	Mu   sync.Mutex
	All  map[K]R
	Open map[K]R
	Seq  uint64 // the highest Order so far
}

func Load[K comparable, R Record[K]](j *journal.Journal, prefix string, decode func([]byte) (R, error)) (*Store[K, R], error) {
	st := &Store[K, R]{J: j, All: map[K]R{}, Open: map[K]R{}}
	err := j.Each(prefix, func(_ string, v []byte) error {
		r, err := decode(v)
		if err != nil {
			return err
		}
		st.All[r.Key()] = r
		if !r.Final() {
			st.Open[r.Key()] = r
		}
		st.Seq = max(st.Seq, r.Order())
		return nil
	})
	return st, err
}

func DecodeJSON[T any](v []byte) (*T, error) {
	r := new(T)
	return r, json.Unmarshal(v, r)
}

// Get returns a copy of the record, safe to read while the batcher changes the original.
func (st *Store[K, R]) Get(k K) (R, bool) {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	r, ok := st.All[k]
	if !ok {
		var zero R
		return zero, false
	}
	return r.Clone().(R), true
}

// PutLocked adds records (new, or posted again after failing) under the lock the caller holds.
func (st *Store[K, R]) PutLocked(recs ...R) {
	for _, r := range recs {
		st.All[r.Key()] = r
		st.Open[r.Key()] = r
	}
}

// Save journals changed records together; finished ones leave the open set.
func (st *Store[K, R]) Save(recs []R) error {
	b := &journal.Batch{}
	for _, r := range recs {
		b.Put(r.JournalKey(), r)
	}
	if err := st.J.Write(b); err != nil {
		return err
	}
	st.Mu.Lock()
	defer st.Mu.Unlock()
	for _, r := range recs {
		if r.Final() {
			delete(st.Open, r.Key())
		}
	}
	return nil
}

// Assign journals that recs go out in job; it is journaled before the job is submitted,
// so a restart rebuilds the same job under the same ID.
func (st *Store[K, R]) Assign(recs []R, job string) error {
	st.Mu.Lock()
	for _, r := range recs {
		r.SetJob(job)
	}
	st.Mu.Unlock()
	return st.Save(recs)
}

// Update applies fn to the unfinished records of job and journals them.
func (st *Store[K, R]) Update(job string, fn func(R)) error {
	st.Mu.Lock()
	var changed []R
	for _, r := range st.Open {
		if r.InJob() == job {
			fn(r)
			changed = append(changed, r)
		}
	}
	st.Mu.Unlock()
	return st.Save(changed)
}

// OfJob lists the unfinished records of a job in acceptance order: the order the job
// carries them.
func (st *Store[K, R]) OfJob(job string) []R {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	var out []R
	for _, r := range st.Open {
		if r.InJob() == job {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i].Order() < out[k].Order() })
	return out
}

// OpenJobs lists the jobs that still carry unfinished records.
func (st *Store[K, R]) OpenJobs() map[string]bool {
	st.Mu.Lock()
	defer st.Mu.Unlock()
	out := map[string]bool{}
	for _, r := range st.Open {
		if r.InJob() != "" {
			out[r.InJob()] = true
		}
	}
	return out
}
