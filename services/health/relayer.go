package health

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the health service's part of the relayer: patients (citizens with no ether)
// grant and revoke consents and file insurance claims through the forwarder without gas.
// Providers' actions (anchoring, logging accesses, break-glass, deciding claims) stay their
// own transactions: an institution's key pays for its own records and decisions. Its event
// feed decodes the accesses logged before records were keyed by their holder, as `health
// log` reads them (DecodeEvent).
func Relayer() plugin.Plugin {
	return &relayerPlugin{AllowOnly: plugin.AllowOnly{Service: "health", Allow: map[string][]string{
		deploy.HealthConsent: {"grantConsent", "revokeConsent", "fileClaim"},
	}}}
}

// relayerPlugin is the health plug-in: what citizens may relay, and the feed's decoder of
// the pre-upgrade RecordAccessed.
type relayerPlugin struct {
	plugin.AllowOnly
	view    *View          // nil: no HealthConsent in the address book
	holders *legacyHolders // of records accessed before keying by holder
}

var _ plugin.EventDecoder = (*relayerPlugin)(nil)

// Start reads the contract through the relayer's node, and the holders of the records
// accessed before records were keyed by their holder: once, here, rather than a search of
// the whole chain per record as the feed meets their logs. A node that cannot answer now
// is asked again at the first such log.
func (p *relayerPlugin) Start(ctx context.Context, h plugin.Host) error {
	addr, ok := h.Contracts[deploy.HealthConsent]
	if !ok || h.Chain == nil {
		return nil
	}
	v, err := NewView(addr, h.Chain)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	p.view, p.holders = v, newLegacyHolders(v)
	if err := p.holders.readHead(ctx); err != nil && h.Log != nil {
		h.Log.Warn("health: cannot read the accesses logged before records were keyed by their holder; the feed reads them when it meets one", "err", err)
	}
	return nil
}

// DecodeEvent decodes a RecordAccessed of the implementation before records were keyed by
// their holder (no holder: another signature) as today's RecordAccessed, with its record's
// holder found on chain as `health log` finds it: a feed client sees one event, whichever
// implementation logged the access. An error finding the holder (the node did not answer)
// is passing: the feed retries it as a failed read of its node, and the holders read so far
// are kept. A log that does not unpack as the old event can never be decoded
// (plugin.ErrUndecodable: the feed stops naming it). A log naming a record never anchored
// (not the contract's own logging) is left out.
func (p *relayerPlugin) DecodeEvent(ctx context.Context, l *types.Log) (*abidecode.Event, bool, error) {
	if p.view == nil || l.Address != p.view.addr || len(l.Topics) == 0 || l.Topics[0] != recordAccessedV2ID() {
		return nil, false, nil
	}
	var holderErr error // the chain's answer, told from the log's own decoding
	e, err := p.view.parseAccess(ctx, *l, func(ctx context.Context, record [32]byte, block uint64) (common.Address, error) {
		h, err := p.holders.holder(ctx, record, block)
		holderErr = err
		return h, err
	})
	switch {
	case errors.Is(err, errNeverAnchored):
		return nil, false, nil
	case err != nil && holderErr == nil:
		return nil, true, fmt.Errorf("health: %w: %w", err, plugin.ErrUndecodable)
	case err != nil:
		return nil, true, fmt.Errorf("health: %w", err)
	}
	// Today's event: its non-indexed fields packed as today's ABI declares them.
	ev := contractABI().Events["RecordAccessed"]
	data, err := ev.Inputs.NonIndexed().Pack(e.Holder, e.ConsentId, e.Reason, e.By)
	if err != nil {
		return nil, true, fmt.Errorf("health: pack the access as today's RecordAccessed: %w: %w", err, plugin.ErrUndecodable)
	}
	now := *l
	now.Topics = append([]common.Hash{ev.ID}, l.Topics[1:]...)
	now.Data = data
	d, err := abidecode.DecodeLog(&now, contractABI())
	if err != nil {
		return nil, true, fmt.Errorf("health: decode the access as today's RecordAccessed: %w: %w", err, plugin.ErrUndecodable)
	}
	return d, true, nil
}
