package bulk

import (
	"fmt"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// DefaultMaxBytes is the default bound on a batch's calldata: it leaves room under geth's
// 128 KiB limit on a transaction's encoding for the signature, fees and RLP around the
// calldata.
const DefaultMaxBytes = txmgr.MaxTxSize - 8*1024

// planSlack is the share of a batch's planned gas that Fill keeps free in each block, for
// batches that use a little more than measured: a block admits a transaction only while
// its gas limit fits what is left, and a batch that does not fit waits for the next
// block with every later batch of its key behind it.
const planSlack = 0.01

// Fill is how many records go in one batch so that whole batches fill a block of gasLimit:
// k batches of n records fit when the first k-1 take the gas they use and the last its gas
// limit, (k-1)·used(n) + limit(n) ≤ gasLimit (the block admits a transaction only while its
// gas limit fits what is left; unused gas goes back to the block). Each batch holds at
// most maxRecords (calldata, caps) and its gas limit is at most share of the block (0: the
// block's). Of k = 1, 2, ... it takes the fewest batches per block that carry within 1% of
// the most records a block can: fewer, larger batches pay the transaction's fixed cost
// less often and need a smaller window of transactions in flight. perBlock is k; it
// returns 1, 1 when not even one record fits.
func Fill(gasLimit uint64, share float64, maxRecords int, used, limit func(n int) uint64) (n, perBlock int) {
	maxRecords = max(1, maxRecords)
	capGas := gasLimit
	if share > 0 && share < 1 {
		capGas = uint64(float64(gasLimit) * share)
	}
	fits := func(k, n int) bool {
		planned := uint64(float64(used(n)) * (1 + planSlack))
		return limit(n) <= capGas && uint64(k-1)*planned+limit(n) <= gasLimit
	}
	var largest []int // largest[k-1]: the most records per batch with k batches a block
	best := 0
	for k := 1; k <= 64 && fits(k, 1); k++ {
		lo, hi := 1, maxRecords // fits is monotone in n
		for lo < hi {
			if mid := (lo + hi + 1) / 2; fits(k, mid) {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		largest = append(largest, lo)
		best = max(best, k*lo)
	}
	for i, n := range largest {
		if k := i + 1; k*n*100 >= best*99 {
			return n, k
		}
	}
	return 1, 1
}

// PerBytes is how many records fit in maxBytes of calldata when each adds the same bytes
// whatever its values (fixed-size tuples): pack(n) is the calldata of n blank records.
func PerBytes(maxBytes int, pack func(n int) ([]byte, error)) (int, error) {
	one, err := pack(1)
	if err != nil {
		return 0, err
	}
	two, err := pack(2)
	if err != nil {
		return 0, err
	}
	if len(two) <= len(one) {
		return 0, fmt.Errorf("bulk: a record adds no calldata")
	}
	return max(1, 1+(maxBytes-len(one))/(len(two)-len(one))), nil
}

// Cut splits n records into consecutive batches [lo, hi) of at most maxRecords records
// whose calldata (size(lo, hi), the packed batch) is at most maxBytes. A batch over the
// bytes bound is shrunk in proportion and measured again, so records of varying size
// (strings, proofs) are cut as tightly as fixed ones.
func Cut(n, maxRecords, maxBytes int, size func(lo, hi int) (int, error)) ([][2]int, error) {
	var out [][2]int
	for lo := 0; lo < n; {
		hi, _, err := cutNext(lo, n, maxRecords, maxBytes, func(lo, hi int) ([]byte, int, error) {
			s, err := size(lo, hi)
			return nil, s, err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, [2]int{lo, hi})
		lo = hi
	}
	return out, nil
}

// cutNext is the end of the batch Cut starts at lo, and its packed calldata if pack gives
// it (the sender sends what it measured rather than pack each batch twice).
func cutNext(lo, n, maxRecords, maxBytes int, pack func(lo, hi int) ([]byte, int, error)) (int, []byte, error) {
	hi := min(n, lo+max(1, maxRecords))
	for {
		data, s, err := pack(lo, hi)
		if err != nil {
			return 0, nil, err
		}
		if s <= maxBytes {
			return hi, data, nil
		}
		if hi-lo == 1 {
			return 0, nil, fmt.Errorf("record %d alone is %d bytes of calldata, over the %d-byte bound", lo, s, maxBytes)
		}
		hi = lo + max(1, min(hi-lo-1, (hi-lo)*maxBytes/s))
	}
}
