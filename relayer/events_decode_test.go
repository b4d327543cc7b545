package relayer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// oldTopic is an event signature no current ABI declares (an implementation's before an
// upgrade).
var oldTopic = common.HexToHash("0x01d")

// oldContract is the contract whose older events the tests' plug-ins decode.
var oldContract = common.HexToAddress("0xc0ffee")

// oldDecoder is a plug-in that decodes oldTopic's logs.
type oldDecoder struct{ plugin.AllowOnly }

func (oldDecoder) DecodeEvent(_ context.Context, l *types.Log) (*abidecode.Event, bool, error) {
	switch l.Topics[0] {
	case oldTopic:
		return &abidecode.Event{Name: "Accessed", Fields: []abidecode.Field{{Name: "holder", Type: "address", Value: "0xAbc"}}}, true, nil
	case unreadTopic:
		return nil, true, errors.New("read who anchored record 0x1: connection refused")
	}
	return nil, false, nil
}

// unreadTopic is an older event oldDecoder cannot decode now (its node did not answer).
var unreadTopic = common.HexToHash("0x0ff")

// TestFeedDecodesByPlugins: a log no current ABI decodes goes to the plug-ins that decode
// older events (plugin.EventDecoder) and is sent as they decode it, at its own place; one
// none decodes is left out; one a plug-in cannot decode now is the plug-in's error (tried
// again, then the feed stops: TestFeedUndecodable), naming the plug-in and the event,
// never left out.
func TestFeedDecodesByPlugins(t *testing.T) {
	addr := oldContract
	h := &hub{s: &Service{plugins: []plugin.Plugin{plugin.AllowOnly{Service: "other"}, oldDecoder{plugin.AllowOnly{Service: "health"}}},
		names: map[common.Address]string{addr: "HealthConsent"}}}
	e, ok, err := h.decode(context.Background(), &types.Log{Address: addr, Topics: []common.Hash{oldTopic}, BlockNumber: 7, Index: 2})
	if err != nil || !ok || e.Event != "Accessed" || e.Contract != "HealthConsent" || e.Cursor != "7-2" || e.Fields["holder"] != "0xAbc" {
		t.Fatalf("decoded by the plug-in: %+v, %v, %v", e, ok, err)
	}
	if e, ok, err := h.decode(context.Background(), &types.Log{Address: addr, Topics: []common.Hash{common.HexToHash("0x0dd")}}); ok || err != nil {
		t.Fatalf("a log nothing decodes: %+v, %v", e, err)
	}
	if e, ok, err := h.decode(context.Background(), &types.Log{Address: addr, Topics: []common.Hash{unreadTopic}, BlockNumber: 9}); ok || err == nil ||
		!strings.Contains(err.Error(), "plug-in health cannot decode the HealthConsent event "+unreadTopic.Hex()+" at block 9") || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("a log its plug-in cannot decode now: %+v, %v, %v; want the plug-in's error, naming it and the event", e, ok, err)
	}
}
