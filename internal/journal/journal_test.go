package journal

import (
	"errors"
	"math"
	"strings"
	"testing"
)

type rec struct {
	N    int    `json:"n"`
	Name string `json:"name"`
}

func open(t *testing.T, dir string) *Journal {
	t.Helper()
	j, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

// each returns the keys and values under prefix, in the order Each gives them.
func each(t *testing.T, j *Journal, prefix string) (keys, values []string) {
	t.Helper()
	err := j.Each(prefix, func(k string, v []byte) error {
		keys = append(keys, k)
		values = append(values, string(v))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys, values
}

func TestPutSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	j, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Put("job/2", rec{2, "b"}); err != nil {
		t.Fatal(err)
	}
	if err := j.Put("job/1", rec{1, "a"}); err != nil {
		t.Fatal(err)
	}
	if err := j.Put("job/1", rec{1, "a again"}); err != nil { // a later Put replaces
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	j = open(t, dir)
	keys, values := each(t, j, "job/")
	if got := strings.Join(keys, " "); got != "job/1 job/2" {
		t.Errorf("keys %q, want key order job/1 job/2", got)
	}
	if values[0] != `{"n":1,"name":"a again"}` {
		t.Errorf("job/1 = %s", values[0])
	}
}

func TestEachOnlyThePrefix(t *testing.T) {
	j := open(t, t.TempDir())
	for _, k := range []string{"credit/1", "relay/1", "credit/2", "creditx"} {
		if err := j.Put(k, rec{}); err != nil {
			t.Fatal(err)
		}
	}
	keys, _ := each(t, j, "credit/")
	if got := strings.Join(keys, " "); got != "credit/1 credit/2" {
		t.Errorf("keys %q", got)
	}
	if keys, _ := each(t, j, "none/"); len(keys) != 0 {
		t.Errorf("unknown prefix gave %q", keys)
	}
}

func TestEachStopsAtTheCallersError(t *testing.T) {
	j := open(t, t.TempDir())
	for _, k := range []string{"a/1", "a/2", "a/3"} {
		if err := j.Put(k, rec{}); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("stop")
	seen := 0
	err := j.Each("a/", func(string, []byte) error {
		seen++
		return stop
	})
	if !errors.Is(err, stop) || seen != 1 {
		t.Errorf("err %v after %d records, want the caller's error after 1", err, seen)
	}
}

func TestBatchIsAllOrNothing(t *testing.T) {
	j := open(t, t.TempDir())
	var b Batch
	b.Put("x/1", rec{1, "one"})
	b.Put("x/2", math.Inf(1)) // JSON cannot hold it: the whole batch is refused
	b.Put("x/3", rec{3, "three"})
	err := j.Write(&b)
	if err == nil || !strings.Contains(err.Error(), "x/2") {
		t.Fatalf("err %v, want one naming the record x/2", err)
	}
	if keys, _ := each(t, j, "x/"); len(keys) != 0 {
		t.Errorf("a refused batch wrote %q", keys)
	}

	var ok Batch
	ok.Put("x/1", rec{1, "one"})
	ok.Put("x/2", rec{2, "two"})
	if err := j.Write(&ok); err != nil {
		t.Fatal(err)
	}
	if keys, _ := each(t, j, "x/"); len(keys) != 2 {
		t.Errorf("keys %q after a good batch", keys)
	}
}

func TestPutRefusesWhatJSONCannotHold(t *testing.T) {
	j := open(t, t.TempDir())
	if err := j.Put("bad", make(chan int)); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Errorf("err %v, want one naming the key", err)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	dir := t.TempDir()
	open(t, dir)
	j, err := Open(dir)
	if err == nil {
		j.Close()
		t.Fatal("a second Open of the same directory succeeded: two relayers would share one journal")
	}
	if !strings.Contains(err.Error(), "another relayer") {
		t.Errorf("err %v, want the hint about another relayer", err)
	}
}

func TestDelete(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	if err := j.Put("job/1", rec{1, "a"}); err != nil {
		t.Fatal(err)
	}
	if err := j.Delete("job/1"); err != nil {
		t.Fatal(err)
	}
	if err := j.Delete("job/never"); err != nil { // nothing to delete: no error
		t.Fatal(err)
	}
	var r rec
	if ok, err := j.Get("job/1", &r); ok || err != nil {
		t.Fatalf("deleted record read back: %v %+v, %v", ok, r, err)
	}
}
