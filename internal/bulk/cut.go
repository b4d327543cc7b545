package bulk

import (
	"fmt"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// Defaults of the batch bounds.
const (
	// DefaultGasShare puts three batches in a block with the sender's 4% gas margin
	// (see the package comment): 3 × 32M of gas limit in the devnet's 100M block, about
	// 92M of it used, where 0.3 with a 10% margin used 82M.
	DefaultGasShare = 0.32
	// DefaultMaxBytes leaves room under geth's 128 KiB limit on a transaction's encoding
	// for the signature, fees and RLP around the calldata.
	DefaultMaxBytes = txmgr.MaxTxSize - 8*1024
)

// PerBatch is how many records of gasPerRecord gas fit in share of a block of
// blockGasLimit (at least 1).
func PerBatch(blockGasLimit uint64, share float64, gasPerRecord uint64) int {
	if share <= 0 || share > 1 {
		share = DefaultGasShare
	}
	if gasPerRecord == 0 {
		return 1
	}
	return max(1, int(float64(blockGasLimit)*share)/int(gasPerRecord))
}

// Cut splits n records into consecutive batches [lo, hi) of at most maxRecords records
// whose calldata (size(lo, hi), the packed batch) is at most maxBytes. A batch over the
// bytes bound is shrunk in proportion and measured again, so records of varying size
// (strings, proofs) are cut as tightly as fixed ones.
func Cut(n, maxRecords, maxBytes int, size func(lo, hi int) (int, error)) ([][2]int, error) {
	if maxRecords < 1 {
		maxRecords = 1
	}
	var out [][2]int
	for lo := 0; lo < n; {
		hi := min(n, lo+maxRecords)
		for {
			s, err := size(lo, hi)
			if err != nil {
				return nil, err
			}
			if s <= maxBytes {
				break
			}
			if hi-lo == 1 {
				return nil, fmt.Errorf("record %d alone is %d bytes of calldata, over the %d-byte bound", lo, s, maxBytes)
			}
			hi = lo + max(1, min(hi-lo-1, (hi-lo)*maxBytes/s))
		}
		out = append(out, [2]int{lo, hi})
		lo = hi
	}
	return out, nil
}
