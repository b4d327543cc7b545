package relayer

import (
	"encoding/json"
	"sort"
	"sync"

	"github.com/seoulchain/seoulchain/internal/journal"
)

// tracked is a journaled piece of work (a relay request, a credit) that goes out in a job.
type tracked[K comparable] interface {
	id() K
	journalKey() string
	job() string
	setJob(string)
	status() string
	order() uint64
	clone() any
}

// store holds one kind of work: all of it (for status queries and deduplication) and the
// unfinished part apart, which is all the batcher and the nonce checks scan. Every change
// is journaled.
type store[K comparable, R tracked[K]] struct {
	j    *journal.Journal
	mu   sync.Mutex
	all  map[K]R
	open map[K]R
	seq  uint64
}

func loadStore[K comparable, R tracked[K]](j *journal.Journal, prefix string, decode func([]byte) (R, error)) (*store[K, R], error) {
	st := &store[K, R]{j: j, all: map[K]R{}, open: map[K]R{}}
	err := j.Each(prefix, func(_ string, v []byte) error {
		r, err := decode(v)
		if err != nil {
			return err
		}
		st.all[r.id()] = r
		if !final(r.status()) {
			st.open[r.id()] = r
		}
		st.seq = max(st.seq, r.order())
		return nil
	})
	return st, err
}

func decodeJSON[T any](v []byte) (*T, error) {
	r := new(T)
	return r, json.Unmarshal(v, r)
}

// get returns a copy of the record, safe to read while the batcher changes the original.
func (st *store[K, R]) get(k K) (R, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	r, ok := st.all[k]
	if !ok {
		var zero R
		return zero, false
	}
	return r.clone().(R), true
}

// put adds records (new, or posted again after failing) under the lock the caller holds.
func (st *store[K, R]) putLocked(recs ...R) {
	for _, r := range recs {
		st.all[r.id()] = r
		st.open[r.id()] = r
	}
}

// save journals changed records together; finished ones leave the open set.
func (st *store[K, R]) save(recs []R) error {
	b := &journal.Batch{}
	for _, r := range recs {
		b.Put(r.journalKey(), r)
	}
	if err := st.j.Write(b); err != nil {
		return err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, r := range recs {
		if final(r.status()) {
			delete(st.open, r.id())
		}
	}
	return nil
}

// assign journals that recs go out in job; it is journaled before the job is submitted,
// so a restart rebuilds the same job under the same ID.
func (st *store[K, R]) assign(recs []R, job string) error {
	st.mu.Lock()
	for _, r := range recs {
		r.setJob(job)
	}
	st.mu.Unlock()
	return st.save(recs)
}

// update applies fn to the unfinished records of job and journals them.
func (st *store[K, R]) update(job string, fn func(R)) error {
	st.mu.Lock()
	var changed []R
	for _, r := range st.open {
		if r.job() == job {
			fn(r)
			changed = append(changed, r)
		}
	}
	st.mu.Unlock()
	return st.save(changed)
}

// ofJob lists the unfinished records of a job in acceptance order: the order the job
// carries them.
func (st *store[K, R]) ofJob(job string) []R {
	st.mu.Lock()
	defer st.mu.Unlock()
	var out []R
	for _, r := range st.open {
		if r.job() == job {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, k int) bool { return out[i].order() < out[k].order() })
	return out
}

// openJobs lists the jobs that still carry unfinished records.
func (st *store[K, R]) openJobs() map[string]bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := map[string]bool{}
	for _, r := range st.open {
		if r.job() != "" {
			out[r.job()] = true
		}
	}
	return out
}
