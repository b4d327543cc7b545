package krw

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// Decimals: 1 token is 1 won.
const Decimals = 0

// Deposit is a mint found for a bank's deposit reference.
type Deposit struct {
	To     common.Address
	Amount *big.Int
	Tx     common.Hash
	Block  uint64
}

// WithdrawalRef encodes the bank's withdrawal code as the contract's bytes32: its bytes,
// right-padded with zeros (as Solidity's bytes32("...") does).
func WithdrawalRef(code string) ([32]byte, error) {
	var ref [32]byte
	switch {
	case code == "":
		return ref, errors.New("the bank's withdrawal code is required (the code the bank gave you for this payout, at most 32 bytes)")
	case len(code) > len(ref):
		return ref, fmt.Errorf("withdrawal code %q is %d bytes, at most %d fit on chain (ask the bank for its short code)", code, len(code), len(ref))
	}
	copy(ref[:], code)
	return ref, nil
}

// FindDeposit looks for the Deposited event of ref. The reference is not an indexed
// topic, so it filters by recipient first; a reference minted to someone else is found
// through the contract's depositMinted and reported without its details.
func FindDeposit(ctx context.Context, ec *ethclient.Client, token, to common.Address, ref string) (*Deposit, error) {
	krw := ABI()
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: cmdkit.MustPack(krw, "depositMinted", ref)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read depositMinted(%q): %w", ref, err)
	}
	vals, err := krw.Unpack("depositMinted", out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("read depositMinted(%q): %v", ref, err)
	}
	if minted := vals[0].(bool); !minted {
		return nil, nil
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{token},
		Topics:    [][]common.Hash{{krw.Events["Deposited"].ID}, {common.BytesToHash(to.Bytes())}},
	})
	if err != nil {
		return nil, fmt.Errorf("search Deposited events: %w", err)
	}
	// The binding's typed event, not decoded strings parsed back into numbers.
	f, err := krwtoken.NewKRWTokenFilterer(token, nil)
	if err != nil {
		return nil, err
	}
	for _, l := range logs {
		ev, err := f.ParseDeposited(l)
		if err != nil {
			continue
		}
		if ev.BankReference == ref {
			return &Deposit{To: to, Amount: ev.Amount, Tx: l.TxHash, Block: l.BlockNumber}, nil
		}
	}
	return nil, fmt.Errorf("deposit %q was already minted to an address other than %s; nothing sent", ref, to.Hex())
}

// ABI is the KRW token's ABI.
func ABI() *abi.ABI { return cmdkit.MustABI(krwtoken.KRWTokenMetaData) }
