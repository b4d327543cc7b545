package abidecode

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Event is a decoded log.
type Event struct {
	Name     string         `json:"event"`
	Address  common.Address `json:"address"`
	Fields   []Field        `json:"fields"`
	Block    uint64         `json:"block"`
	TxHash   common.Hash    `json:"tx"`
	LogIndex uint           `json:"logIndex"`
}

// ErrUnknownEvent is returned for a log whose first topic matches no event of the ABIs.
var ErrUnknownEvent = fmt.Errorf("log matches no known event")

// DecodeLog decodes a log against the events of the given ABIs, fields in ABI order.
func DecodeLog(l *types.Log, abis ...*abi.ABI) (*Event, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: anonymous log at %s", ErrUnknownEvent, l.Address)
	}
	for _, a := range abis {
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		values := map[string]any{}
		if len(l.Data) > 0 {
			if err := a.UnpackIntoMap(values, ev.Name, l.Data); err != nil {
				return nil, fmt.Errorf("decode %s data at %s: %w", ev.Name, l.Address, err)
			}
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		if err := abi.ParseTopicsIntoMap(values, indexed, l.Topics[1:]); err != nil {
			return nil, fmt.Errorf("decode %s topics at %s: %w", ev.Name, l.Address, err)
		}
		out := &Event{Name: ev.Name, Address: l.Address, Block: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
		for _, in := range ev.Inputs {
			out.Fields = append(out.Fields, Field{Name: in.Name, Type: in.Type.String(), Value: formatArg(in.Type, values[in.Name])})
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: topic %s at %s", ErrUnknownEvent, l.Topics[0], l.Address)
}
