package voting

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/merkle"
	"github.com/seoulchain/seoulchain/internal/problems"
)

// Roll is a voter roll as a Merkle tree, built the way OpenZeppelin's StandardMerkleTree
// builds it for the types (address, uint32), so that the contract checks proofs with
// OpenZeppelin's MerkleProof: each leaf is keccak256(keccak256(abi.encode(voter, rollSize)))
// and each pair is hashed in sorted order. The leaf commits to the roll's size so that the
// size an election declares is the tree's own: a root built for one size proves no voter
// of an election that declares another.
type Roll struct {
	Root  common.Hash
	Size  int
	tree  *merkle.Tree
	index map[common.Address]int // address -> leaf position in the tree
}

// ErrNotOnRoll is returned by Proof for an address that is not on the roll.
var ErrNotOnRoll = errors.New("address is not on the voter roll")

// Leaf is the leaf hash of voter a on a roll of size voters.
func Leaf(a common.Address, size int) common.Hash {
	inner := crypto.Keccak256(common.LeftPadBytes(a.Bytes(), 32), common.LeftPadBytes(big.NewInt(int64(size)).Bytes(), 32))
	return crypto.Keccak256Hash(inner)
}

// MaxRollSize is the most voters a roll may have: the contract stores the size as a uint32.
const MaxRollSize = math.MaxUint32

// NewRoll builds the tree of voters; duplicates are refused.
func NewRoll(voters []common.Address) (*Roll, error) {
	if len(voters) == 0 {
		return nil, errors.New("the roll has no voters")
	}
	if uint64(len(voters)) > MaxRollSize {
		return nil, fmt.Errorf("the roll has %d voters, more than the contract's limit of %d", len(voters), uint64(MaxRollSize))
	}
	r := &Roll{Size: len(voters), index: make(map[common.Address]int, len(voters))}
	type leaf struct {
		h common.Hash
		a common.Address
	}
	leaves := make([]leaf, len(voters))
	for i, v := range voters {
		if _, dup := r.index[v]; dup {
			return nil, fmt.Errorf("%s is on the roll twice", v.Hex())
		}
		r.index[v] = -1
		leaves[i] = leaf{Leaf(v, len(voters)), v}
	}
	sort.Slice(leaves, func(i, j int) bool { return bytes.Compare(leaves[i].h[:], leaves[j].h[:]) < 0 })
	layer := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		layer[i] = l.h
		r.index[l.a] = i
	}
	tree, err := merkle.New(layer)
	if err != nil {
		return nil, err
	}
	r.tree, r.Root = tree, tree.Root()
	return r, nil
}

// Proof returns the sibling hashes from the voter's leaf to the root.
func (r *Roll) Proof(a common.Address) ([]common.Hash, error) {
	i, ok := r.index[a]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotOnRoll, a.Hex())
	}
	return r.tree.Proof(i), nil
}

// Verify checks a proof of voter a on a roll of size voters as OpenZeppelin's
// MerkleProof.verify does with the contract's leaf.
func Verify(root common.Hash, size int, a common.Address, proof []common.Hash) bool {
	return merkle.Verify(Leaf(a, size), root, proof)
}

// Voters returns the roll's addresses in leaf order.
func (r *Roll) Voters() []common.Address {
	out := make([]common.Address, len(r.index))
	for a, i := range r.index {
		out[i] = a
	}
	return out
}

// ErrRollFile is what a roll file's *problems.FileError unwraps to.
var ErrRollFile = errors.New("voter roll file has problems")

// ReadRollCSV reads one address per row (the first column; a header row "address" is
// skipped) and reports every malformed or duplicate address by line.
func ReadRollCSV(path string) ([]common.Address, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read roll %s: %w", path, err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var voters []common.Address
	seen := map[common.Address]int{}
	ps := &problems.List{File: path, Kind: ErrRollFile, Outcome: "nothing written"}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			ps.Add(fmt.Sprintf("line %d", line), "%v", err)
			continue
		}
		field := strings.TrimSpace(rec[0])
		if line == 1 && strings.EqualFold(field, "address") {
			continue
		}
		if field == "" {
			continue
		}
		a, err := hexaddr.Parse(field)
		if err != nil {
			ps.Add(fmt.Sprintf("line %d", line), "%v", err)
			continue
		}
		if first, dup := seen[a]; dup {
			ps.Add(fmt.Sprintf("line %d", line), "%s is already on line %d", a.Hex(), first)
			continue
		}
		seen[a] = line
		voters = append(voters, a)
	}
	if len(voters) == 0 && ps.Len() == 0 {
		ps.Add("file", "no voters")
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return voters, nil
}
