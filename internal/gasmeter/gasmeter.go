package gasmeter

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// code is EVM code that makes one call and says how much gas it took (see the package
// doc). London code (no PUSH0).
//
// Input: the gas to give the call (a word), the target (a word), the call's data. Output:
// success (a word), the gas the CALL took, its cold access included (a word), and what
// the call returned or reverted with.
var code = []byte{
	0x60, 0x40, 0x36, 0x03, // len = calldatasize - 64
	0x80, 0x60, 0x40, 0x60, 0x00, 0x37, // calldatacopy(0, 64, len)
	0x5a,                   // g0 = gas
	0x60, 0x00, 0x60, 0x00, // retSize, retOffset
	0x83,                   // argsSize = len
	0x60, 0x00, 0x60, 0x00, // argsOffset, value
	0x60, 0x20, 0x35, // target = calldataload(32)
	0x60, 0x00, 0x35, // gas = calldataload(0)
	0xf1,             // success = call(...)
	0x5a,             // g1 = gas
	0x90, 0x91, 0x03, // used = g0 - g1
	0x60, 0x20, 0x52, // mstore(32, used)
	0x60, 0x00, 0x52, // mstore(0, success)
	0x3d, 0x60, 0x00, 0x60, 0x40, 0x3e, // returndatacopy(64, 0, returndatasize)
	0x3d, 0x60, 0x40, 0x01, 0x60, 0x00, 0xf3, // return(0, 64 + returndatasize)
}

// sstoreSentry is the gas EIP-2200 wants left for a storage write: a call measured to
// end on one may need this much more than it used.
const sstoreSentry = 2300

// Result is one call's outcome, run once with the gas it was given.
type Result struct {
	OK bool
	// Used is the gas the call took (with the CALL's own cost); Need is the least gas to
	// give it so that it succeeds (an upper bound): Used with the 1/64 that each inner call leaves its
	// caller (EIP-150) and the storage-write sentry, at most the gas given.
	Used, Need uint64
	// OutOfGas: the call failed having taken all the gas it was given.
	OutOfGas bool
	Return   []byte // return data, or the revert data
}

// Call runs data on to as a call from `from` with exactly gas, in one eth_call on the
// latest block, from's code replaced by the meter for that call only (the target sees
// msg.sender == from, as ERC-2771 targets must). A target that called the forwarder back
// would find the meter there; none of the city's contracts does (they compare msg.sender
// with the trusted forwarder's address, nothing more).
func Call(ctx context.Context, rc *rpc.Client, from, to common.Address, gas uint64, data []byte) (Result, error) {
	in := make([]byte, 64, 64+len(data))
	binary.BigEndian.PutUint64(in[24:32], gas)
	copy(in[44:64], to.Bytes())
	in = append(in, data...)
	// Enough that the CALL can pass on all of gas (it keeps 1/64 of what is left), for the
	// meter's own steps and for the input bytes.
	outer := 21_000 + gas + gas/63 + 10_000 + 16*uint64(len(in))
	overrides := map[common.Address]gethclient.OverrideAccount{from: {Code: code}}
	out, err := gethclient.New(rc).CallContract(ctx, ethereum.CallMsg{To: &from, Gas: outer, Data: in}, nil, &overrides)
	if err != nil {
		return Result{}, err
	}
	if len(out) < 64 || !new(big.Int).SetBytes(out[32:64]).IsUint64() {
		return Result{}, fmt.Errorf("gas meter returned %d bytes: the node did not apply the code override", len(out))
	}
	m := Result{OK: out[31] == 1, Used: new(big.Int).SetBytes(out[32:64]).Uint64(), Return: out[64:]}
	m.OutOfGas = !m.OK && len(m.Return) == 0 && m.Used >= gas
	m.Need = min(gas, m.Used+m.Used/63+sstoreSentry)
	return m, nil
}

// CheckOverrides makes sure the node applies eth_call's state override, which Call needs:
// one measured call from `from` to an account with no code. A node that ignores the
// override runs from's own code (the forwarder's refuses the meter's input), or none.
func CheckOverrides(ctx context.Context, rc *rpc.Client, from common.Address) error {
	m, err := Call(ctx, rc, from, common.Address{}, 0, nil)
	if err == nil && !m.OK {
		err = fmt.Errorf("the gas meter's probe call failed")
	}
	if err != nil {
		return fmt.Errorf("the node cannot run a call with a state override (eth_call's third parameter, go-ethereum 1.10 and later), which the gas meter needs: %w", err)
	}
	return nil
}
