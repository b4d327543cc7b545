package cert

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/seoulchain/seoulchain/internal/bulk"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrDuplicateFile is one file named twice in a batch.
var ErrDuplicateFile = errors.New("duplicate file in batch")

// Batch is the documents of one issuance, hashed, and their tree.
type Batch struct {
	Files  []string      // cleaned paths, in the order given
	Hashes []common.Hash // SHA-256 of each file
	Tree   *Tree
}

// ListDir lists the certificates of dir: its regular files, not hidden ones and not proof
// files (so that running the same issuance again finds the same batch), sorted.
func ListDir(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ProofSuffix) {
			continue
		}
		out = append(out, filepath.Join(dir, name))
	}
	sort.Strings(out)
	return out, nil
}

// HashBatch hashes files and builds their tree, reporting progress every step files to
// progress (nil: none). It refuses an empty batch, a file named twice, a proof file and
// two files with the same bytes, naming them.
func HashBatch(files []string, progress func(done, total int)) (*Batch, error) {
	if len(files) == 0 {
		return nil, ErrEmptyBatch
	}
	b := &Batch{}
	seenPath := map[string]string{}
	seenHash := map[common.Hash]string{}
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, err
		}
		if prev, dup := seenPath[abs]; dup {
			return nil, fmt.Errorf("%w: %s is %s", ErrDuplicateFile, f, prev)
		}
		seenPath[abs] = f
		if strings.HasSuffix(f, ProofSuffix) {
			return nil, fmt.Errorf("%s is a proof file, not a certificate", f)
		}
		h, err := HashFile(f)
		if err != nil {
			return nil, err
		}
		if prev, dup := seenHash[h]; dup {
			return nil, fmt.Errorf("%w: %s has the same bytes as %s", ErrDuplicateDocument, f, prev)
		}
		seenHash[h] = f
		b.Files = append(b.Files, filepath.Clean(f))
		b.Hashes = append(b.Hashes, h)
		if progress != nil {
			progress(i+1, len(files))
		}
	}
	var err error
	b.Tree, err = NewTree(b.Hashes)
	return b, err
}

// batchAnchoredTopic is the topic of BatchAnchored(bytes32,address,uint64).
var batchAnchoredTopic = crypto.Keccak256Hash([]byte("BatchAnchored(bytes32,address,uint64)"))

// AnchorTx finds the transaction that anchored root in the registry: proof files name it,
// and a resumed issuance, which sends nothing, must find it too.
func AnchorTx(ctx context.Context, logs ethereum.LogFilterer, registry common.Address, root common.Hash) (common.Hash, error) {
	found, err := logs.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{registry},
		Topics:    [][]common.Hash{{batchAnchoredTopic}, {root}},
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("find the anchoring of %s: %w", root.Hex(), err)
	}
	if len(found) == 0 {
		return common.Hash{}, fmt.Errorf("no BatchAnchored event for %s", root.Hex())
	}
	return found[0].TxHash, nil
}

// WriteProofs writes the proof file beside each file of the batch, skipping those already
// written with the same content (a resumed run), and returns how many it wrote.
func (b *Batch) WriteProofs(base Proof, progress func(done, total int)) (int, error) {
	written := 0
	for i, f := range b.Files {
		p := base
		p.Version = ProofVersion
		p.Document = filepath.Base(f)
		p.DocumentHash = b.Hashes[i]
		p.Root = b.Tree.Root()
		proof, err := b.Tree.Proof(b.Hashes[i])
		if err != nil {
			return written, err
		}
		p.Proof = proof
		path := ProofPath(f)
		if old, err := ReadProof(path); err != nil || !sameProof(old, &p) {
			if err := p.Write(path); err != nil {
				return written, fmt.Errorf("write %s: %w", path, err)
			}
			written++
		}
		if progress != nil {
			progress(i+1, len(b.Files))
		}
	}
	return written, nil
}

func sameProof(a, b *Proof) bool {
	if a.DocumentHash != b.DocumentHash || a.Root != b.Root || a.Tx != b.Tx || a.Registry != b.Registry ||
		a.ChainID != b.ChainID || a.Office != b.Office || len(a.Proof) != len(b.Proof) {
		return false
	}
	for i := range a.Proof {
		if a.Proof[i] != b.Proof[i] {
			return false
		}
	}
	return true
}

// Progress returns a reporter of how far a step over total files is, drawn by the
// platform's progress bar (internal/bulk: a bar with files/s and the time left on a
// terminal, a plain line every few seconds in a log); nil for batches too small to need one.
func Progress(w io.Writer, what string, total int) func(done, total int) {
	if total < 100 {
		return nil
	}
	bar := bulk.NewProgress(w, 5*time.Second)
	bar.Start(what, total)
	last := 0
	return func(done, total int) {
		if done > last {
			bar.Add(done - last)
			last = done
		}
		if done == total {
			bar.Finish()
		}
	}
}
