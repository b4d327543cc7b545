package mileage

import (
	"context"
	"errors"
	"fmt"
	"math/big"

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

// ToMerchants returns the indexes of the credits whose citizen is a merchant: the contract
// would refuse the whole batch that holds one.
func ToMerchants(ctx context.Context, v *scoin.SCoinCaller, credits []Credit) ([]int, error) {
	list, err := v.Merchants(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("read S-Coin's merchants: %w", err)
	}
	isMerchant := make(map[common.Address]bool, len(list))
	for _, m := range list {
		isMerchant[m] = true
	}
	var out []int
	for i, c := range credits {
		if isMerchant[c.Citizen] {
			out = append(out, i)
		}
	}
	return out, nil
}
