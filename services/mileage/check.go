package mileage

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
)

// Errors of CheckProgram: what would make S-Coin refuse a whole batch credit.
var (
	ErrNoProgram       = errors.New("no such mileage program")
	ErrProgramInactive = errors.New("mileage program is inactive")
	ErrNotIssuer       = errors.New("not an issuer of the mileage program")
)

// Program is a mileage program as the contract reports it.
type Program struct {
	ID              uint32
	Name            string
	RemainingBudget *big.Int
	Active          bool
}

// CheckProgram reads program id and checks, before anything is sent, that it exists, is
// active and that every sender may credit it. Errors wrap the sentinels above and name
// the command that fixes them.
func CheckProgram(ctx context.Context, v *scoin.SCoinCaller, id uint32, senders ...common.Address) (*Program, error) {
	o := &bind.CallOpts{Context: ctx}
	n, err := v.ProgramCount(o)
	if err != nil {
		return nil, fmt.Errorf("read S-Coin's programs: %w", err)
	}
	if id == 0 || uint64(id) > n.Uint64() {
		return nil, fmt.Errorf("%w: %d (there are %d; see 'seoulchain mileage program list')", ErrNoProgram, id, n.Uint64())
	}
	info, err := v.ProgramInfo(o, id)
	if err != nil {
		return nil, fmt.Errorf("read program %d: %w", id, err)
	}
	p := &Program{ID: id, Name: info.ProgramName, RemainingBudget: info.RemainingBudget, Active: info.Active}
	if !p.Active {
		return p, fmt.Errorf("%w: %d (%q) credits nothing; a program manager reactivates it with 'seoulchain mileage program update %d --active true'",
			ErrProgramInactive, id, p.Name, id)
	}
	for _, a := range senders {
		ok, err := v.IsIssuer(o, id, a)
		if err != nil {
			return p, fmt.Errorf("read issuers of program %d: %w", id, err)
		}
		if !ok {
			return p, fmt.Errorf("%w: %s may not credit program %d (%q); a program manager adds it with 'seoulchain mileage program update %d --issuer %s'",
				ErrNotIssuer, a.Hex(), id, p.Name, id, a.Hex())
		}
	}
	return p, nil
}

// merchantChunk bounds one merchantFlags call (and so its gas under the node's call cap).
const merchantChunk = 1000

// ToMerchants returns the indexes of the credits whose citizen is a merchant: the contract
// would refuse the whole batch that holds one. It asks about the credits' citizens in
// chunks, so its cost follows the file, not the number of merchants.
func ToMerchants(ctx context.Context, v *scoin.SCoinCaller, credits []Credit) ([]int, error) {
	var out []int
	for start := 0; start < len(credits); start += merchantChunk {
		chunk := credits[start:min(start+merchantChunk, len(credits))]
		accounts := make([]common.Address, len(chunk))
		for i, c := range chunk {
			accounts[i] = c.Citizen
		}
		flags, err := v.MerchantFlags(&bind.CallOpts{Context: ctx}, accounts)
		if err != nil {
			return nil, fmt.Errorf("ask S-Coin which citizens are merchants: %w", err)
		}
		if len(flags) != len(chunk) {
			return nil, fmt.Errorf("ask S-Coin which citizens are merchants: %d answers for %d accounts", len(flags), len(chunk))
		}
		for i, m := range flags {
			if m {
				out = append(out, start+i)
			}
		}
	}
	return out, nil
}

// MerchantPage is how many merchants one merchantsPage call reads.
const MerchantPage = 500

// Merchants lists every address ever registered as a merchant, in registration order,
// one page of pageSize (MerchantPage if 0) per call.
func Merchants(ctx context.Context, v *scoin.SCoinCaller, pageSize int) ([]common.Address, error) {
	if pageSize <= 0 {
		pageSize = MerchantPage
	}
	o := &bind.CallOpts{Context: ctx}
	n, err := v.MerchantCount(o)
	if err != nil {
		return nil, fmt.Errorf("read S-Coin's merchant count: %w", err)
	}
	out := make([]common.Address, 0, n.Uint64())
	for uint64(len(out)) < n.Uint64() {
		page, err := v.MerchantsPage(o, big.NewInt(int64(len(out))), big.NewInt(int64(pageSize)))
		if err != nil {
			return nil, fmt.Errorf("read S-Coin's merchants from %d: %w", len(out), err)
		}
		if len(page) == 0 {
			break // a reorganisation removed some between the two reads
		}
		out = append(out, page...)
	}
	return out, nil
}

// PinnedIssuer is the key, of keys, that sends every credit of program id: the lowest
// address among them that is an issuer of the program. The contract keys records by
// (program, issuer, record ID), so credits of one program must always come from one key for
// a retried record to be found already credited; the lowest issuing address is a choice
// every restart makes the same way. The error wraps ErrNotIssuer when no key may credit.
func PinnedIssuer(ctx context.Context, v *scoin.SCoinCaller, id uint32, keys []common.Address) (common.Address, error) {
	sorted := slices.Clone(keys)
	slices.SortFunc(sorted, func(a, b common.Address) int { return a.Cmp(b) })
	for _, k := range sorted {
		ok, err := v.IsIssuer(&bind.CallOpts{Context: ctx}, id, k)
		if err != nil {
			return common.Address{}, fmt.Errorf("read issuers of program %d: %w", id, err)
		}
		if ok {
			return k, nil
		}
	}
	return common.Address{}, fmt.Errorf("%w: none of the keys %v may credit program %d; a program manager adds one with 'seoulchain mileage program update %d --issuer ADDRESS'",
		ErrNotIssuer, keys, id, id)
}
