package abidecode

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestBookDecodesByEmitter: two contracts' events share a topic (same types, other field
// names); the book decodes each log with its emitter's ABI.
func TestBookDecodesByEmitter(t *testing.T) {
	parse := func(js string) *abi.ABI {
		a, err := abi.JSON(strings.NewReader(js))
		if err != nil {
			t.Fatal(err)
		}
		return &a
	}
	labour := parse(`[{"type":"event","name":"Deposited","inputs":[{"name":"employer","type":"address","indexed":true},{"name":"amount","type":"uint256"}]}]`)
	solar := parse(`[{"type":"event","name":"Deposited","inputs":[{"name":"who","type":"address","indexed":true},{"name":"amount","type":"uint256"}]}]`)
	if labour.Events["Deposited"].ID != solar.Events["Deposited"].ID {
		t.Fatal("the test needs one topic for both")
	}
	market, payroll := common.HexToAddress("0x5014"), common.HexToAddress("0x1ab0")
	data, _ := solar.Events["Deposited"].Inputs.NonIndexed().Pack(big.NewInt(7))
	l := &types.Log{Address: market, Topics: []common.Hash{solar.Events["Deposited"].ID, common.BytesToHash(common.HexToAddress("0xa1").Bytes())}, Data: data}
	book := &Book{}
	book.Add(market, solar)
	book.Add(payroll, labour)
	for _, tc := range []struct {
		name  string
		book  *Book
		field string
	}{
		{"known emitter", book, "who"},
		{"no book: the first ABI that knows the topic", nil, "employer"},
	} {
		ev, err := tc.book.Decode(l, labour, solar)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		found := false
		for _, f := range ev.Fields {
			found = found || f.Name == tc.field
		}
		if !found {
			t.Errorf("%s: fields %+v, want %q", tc.name, ev.Fields, tc.field)
		}
	}
}
