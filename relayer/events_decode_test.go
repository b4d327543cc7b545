package relayer

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// oldTopic is an event signature no current ABI declares (an implementation's before an
// upgrade).
var oldTopic = common.HexToHash("0x01d")

// oldDecoder is a plug-in that decodes oldTopic's logs.
type oldDecoder struct{ plugin.AllowOnly }

func (oldDecoder) DecodeEvent(_ context.Context, l *types.Log) (*abidecode.Event, bool) {
	if l.Topics[0] != oldTopic {
		return nil, false
	}
	return &abidecode.Event{Name: "Accessed", Fields: []abidecode.Field{{Name: "holder", Type: "address", Value: "0xAbc"}}}, true
}

// TestFeedDecodesByPlugins: a log no current ABI decodes goes to the plug-ins that decode
// older events (plugin.EventDecoder) and is sent as they decode it, at its own place; one
// none decodes is left out.
func TestFeedDecodesByPlugins(t *testing.T) {
	addr := common.HexToAddress("0xc0ffee")
	h := &hub{s: &Service{plugins: []plugin.Plugin{plugin.AllowOnly{Service: "other"}, oldDecoder{}}, names: map[common.Address]string{addr: "HealthConsent"}}}
	e, ok := h.decode(context.Background(), &types.Log{Address: addr, Topics: []common.Hash{oldTopic}, BlockNumber: 7, Index: 2})
	if !ok || e.Event != "Accessed" || e.Contract != "HealthConsent" || e.Cursor != "7-2" || e.Fields["holder"] != "0xAbc" {
		t.Fatalf("decoded by the plug-in: %+v, %v", e, ok)
	}
	if e, ok := h.decode(context.Background(), &types.Log{Address: addr, Topics: []common.Hash{common.HexToHash("0x0dd")}}); ok {
		t.Fatalf("a log nothing decodes: %+v", e)
	}
}
