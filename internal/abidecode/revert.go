package abidecode

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Revert is a decoded revert. Name is the custom error's name, "Error" for a
// require/revert message, "Panic" for a Solidity panic; Reason holds the message of the
// last two. An undecodable revert has Name "" and keeps its Data.
type Revert struct {
	Name   string        `json:"error"`
	Args   []Field       `json:"args,omitempty"`
	Reason string        `json:"reason,omitempty"`
	Data   hexutil.Bytes `json:"data"`
}

// Error prints the revert as a call, e.g. `ERC2771ForwarderExpiredRequest(deadline=17)`.
func (r *Revert) Error() string {
	switch {
	case r.Reason != "":
		return fmt.Sprintf("reverted: %s", r.Reason)
	case r.Name == "" && len(r.Data) == 0:
		return "reverted without a reason"
	case r.Name == "":
		return fmt.Sprintf("reverted with unknown error data %s", r.Data)
	}
	args := make([]string, len(r.Args))
	for i, a := range r.Args {
		args[i] = a.Name + "=" + a.Value
	}
	return fmt.Sprintf("reverted: %s(%s)", r.Name, strings.Join(args, ", "))
}

// DecodeRevert decodes revert data against the custom errors of the given ABIs.
func DecodeRevert(data []byte, abis ...*abi.ABI) *Revert {
	r := &Revert{Data: data}
	if len(data) < 4 {
		return r
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		r.Reason = reason
		r.Name = "Error"
		if strings.HasPrefix(hexutil.Encode(data[:4]), "0x4e487b71") {
			r.Name = "Panic"
		}
		return r
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	for _, a := range abis {
		e, err := a.ErrorByID(sel)
		if err != nil {
			continue
		}
		values, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			continue // same selector, other arguments: keep looking
		}
		r.Name = e.Name
		for i, in := range e.Inputs {
			name := in.Name
			if name == "" {
				name = fmt.Sprintf("arg%d", i)
			}
			r.Args = append(r.Args, Field{Name: name, Type: in.Type.String(), Value: formatArg(in.Type, values[i])})
		}
		return r
	}
	return r
}

// RevertFromError extracts and decodes the revert carried by a JSON-RPC error of
// eth_call or eth_estimateGas. ok is false when err is not a revert (a network error, an
// out-of-gas, a nonce problem).
func RevertFromError(err error, abis ...*abi.ABI) (*Revert, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		if err != nil && strings.Contains(err.Error(), "execution reverted") {
			return &Revert{}, true
		}
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return &Revert{}, strings.Contains(err.Error(), "revert")
	}
	data, decErr := hexutil.Decode(s)
	if decErr != nil {
		return &Revert{}, true
	}
	return DecodeRevert(data, abis...), true
}
