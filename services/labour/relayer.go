package labour

import (
	"context"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// WorkerActions are what a worker does through the forwarder, gasless: sign a contract,
// confirm or dispute hours, end a contract.
var WorkerActions = []string{"sign", "confirmShifts", "disputeShift", "end"}

// Relayer is the labour service's part of the relayer: workers' actions relayed without
// gas, and GET /v1/labour/workers/{address}, a worker's contracts, hours, payslips and
// arrears for their app (all of it public on chain already; the route only reads).
type Relayer struct {
	plugin.AllowOnly
	ch *Chain
}

var _ plugin.Plugin = (*Relayer)(nil)

// NewRelayer is a fresh plug-in.
func NewRelayer() plugin.Plugin {
	return &Relayer{AllowOnly: plugin.AllowOnly{Service: "labour", Allow: map[string][]string{deploy.Labour: WorkerActions}}}
}

// Start binds the labour contract of the relayer's address book.
func (p *Relayer) Start(_ context.Context, h plugin.Host) error {
	addr, ok := h.Contracts[deploy.Labour]
	if !ok {
		return nil // an address book from before the service: the route answers 503
	}
	ch, err := NewChain(addr, h.Chain)
	if err != nil {
		return err
	}
	p.ch = ch
	return nil
}

// Routes is the worker's view.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{{Method: "GET", Path: "/workers/{address}", Label: "worker", Handler: p.handleWorker}}
}

func (p *Relayer) handleWorker(w http.ResponseWriter, r *http.Request) {
	if p.ch == nil {
		plugin.WriteJSON(w, http.StatusServiceUnavailable, &plugin.Error{Status: http.StatusServiceUnavailable,
			Error: "the address book has no " + deploy.Labour + ": deploy it ('contracts deploy') and restart the relayer"})
		return
	}
	raw := r.PathValue("address")
	if !common.IsHexAddress(raw) || !strings.HasPrefix(raw, "0x") || len(raw) != 42 {
		plugin.WriteJSON(w, http.StatusBadRequest, &plugin.Error{Status: http.StatusBadRequest,
			Error: "address " + raw + " is not a 0x-prefixed 40-hex-digit address"})
		return
	}
	v, err := p.ch.Worker(r.Context(), common.HexToAddress(raw))
	if err != nil {
		plugin.WriteJSON(w, http.StatusBadGateway, &plugin.Error{Status: http.StatusBadGateway, Error: "read the chain: " + err.Error()})
		return
	}
	plugin.WriteJSON(w, http.StatusOK, v)
}
