package solar

import (
	"fmt"
	"testing"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// TestReadingBatches: an interval's readings are cut as the bulk sender cuts them: whole
// batches fill a block of the gas limit (bulk.Fill), within the calldata bound and
// --batch-size, in the file's order.
func TestReadingBatches(t *testing.T) {
	rs := make([]MeterReading, 5000)
	for i := range rs {
		m, _ := MeterHash(fmt.Sprint("M-", i))
		rs[i] = MeterReading{Line: i + 2, Meter: m, Interval: 7, Wh: uint64(i)}
	}
	for _, c := range []struct {
		gasLimit uint64
		most     int // --batch-size
	}{
		{30_000_000, 0}, {30_000_000, 100}, {1_000_000, 0},
	} {
		batches, err := ReadingBatches(rs, c.gasLimit, c.most)
		if err != nil {
			t.Fatal(err)
		}
		most := len(rs)
		if c.most > 0 {
			most = c.most
		}
		n, perBlock := bulk.Fill(c.gasLimit, 0, most, readingBatchGas, readingBatchGas)
		if n > most {
			t.Fatalf("batches of %d over --batch-size %d", n, most)
		}
		total := 0
		for i, b := range batches {
			if b[0].Line != total+2 || (i < len(batches)-1 && len(b) != n) || len(b) > n {
				t.Fatalf("gas limit %d, at most %d: batch %d of %d readings from line %d, want %d from line %d",
					c.gasLimit, c.most, i, len(b), b[0].Line, n, total+2)
			}
			total += len(b)
		}
		if total != len(rs) || uint64(perBlock)*readingBatchGas(n) > c.gasLimit {
			t.Fatalf("gas limit %d: %d readings in %d batches of %d, %d a block", c.gasLimit, total, len(batches), n, perBlock)
		}
		t.Logf("gas limit %d, at most %d: %d batches of %d", c.gasLimit, c.most, len(batches), n)
	}
}
