package solar

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the market's part of the relayer, named "energy" so that its routes are
// /v1/energy/... (a plug-in's name is its prefix). Meter owners (households with no ether)
// post and cancel orders through the forwarder without gas; deposits and withdrawals stay
// their own transactions: a deposit spends the owner's KRW allowance, which the forwarder
// cannot give. A household's app reads, with the same JSON as the command's --json:
//
//	GET /v1/energy/intervals/{interval}?area=AREA     as `solar show INTERVAL --area AREA`
//	GET /v1/energy/meters/{meter}/statement?month=YYYY-MM   as `solar statement METER`
//
// Both only read what is public on chain. The market's history (each interval's book, each
// meter's orders, the clearings, the settlements' blocks) is followed: read from the chain
// once, then only the blocks mined since, so a request stays fast on a long chain.
type Relayer struct {
	plugin.AllowOnly
	mk *Market
}

var _ plugin.Plugin = (*Relayer)(nil)

// NewRelayer is a fresh plug-in, for services.All.
func NewRelayer() plugin.Plugin {
	return &Relayer{AllowOnly: plugin.AllowOnly{Service: "energy", Allow: map[string][]string{
		deploy.SolarMarket: {"bid", "ask", "cancel"},
	}}}
}

// Start binds the market of the relayer's address book.
func (p *Relayer) Start(_ context.Context, h plugin.Host) error {
	addr, ok := h.Contracts[deploy.SolarMarket]
	if !ok {
		return nil // an address book from before the service: the routes answer 503
	}
	mk, err := NewMarket(addr, h.Chain)
	if err != nil {
		return err
	}
	if h.Log != nil {
		mk.follow.log = h.Log // a reorganisation deeper than the undo window is said there
	}
	p.mk = mk
	return nil
}

// Routes are a household's views.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{
		{Method: "GET", Path: "/intervals/{interval}", Label: "energy_interval", Handler: p.handleInterval},
		{Method: "GET", Path: "/meters/{meter}/statement", Label: "energy_statement", Handler: p.handleStatement},
	}
}

func refuse(w http.ResponseWriter, status int, msg string) {
	plugin.WriteJSON(w, status, &plugin.Error{Status: status, Error: msg})
}

// answer writes v, or err as 404 (unknown area or meter), 503 (the chain moved under the
// read: try again) or 502 (the node).
func answer(w http.ResponseWriter, v any, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		refuse(w, http.StatusNotFound, err.Error())
	case errors.Is(err, ErrRetry):
		w.Header().Set("Retry-After", "5")
		refuse(w, http.StatusServiceUnavailable, err.Error())
	case err != nil:
		refuse(w, http.StatusBadGateway, "read the chain: "+err.Error())
	default:
		plugin.WriteJSON(w, http.StatusOK, v)
	}
}

func (p *Relayer) ready(w http.ResponseWriter) bool {
	if p.mk == nil {
		refuse(w, http.StatusServiceUnavailable, "the address book has no "+deploy.SolarMarket+": deploy it ('contracts deploy') and restart the relayer")
	}
	return p.mk != nil
}

func (p *Relayer) handleInterval(w http.ResponseWriter, r *http.Request) {
	if !p.ready(w) {
		return
	}
	k, err := strconv.ParseUint(r.PathValue("interval"), 10, 64)
	if err != nil {
		refuse(w, http.StatusBadRequest, "interval "+strconv.Quote(r.PathValue("interval"))+": want an interval number (solar next gives it)")
		return
	}
	area := r.URL.Query().Get("area")
	if _, err := AreaCode(area); err != nil {
		refuse(w, http.StatusBadRequest, "?area=: "+err.Error())
		return
	}
	v, err := p.mk.Interval(r.Context(), area, k)
	answer(w, v, err)
}

func (p *Relayer) handleStatement(w http.ResponseWriter, r *http.Request) {
	if !p.ready(w) {
		return
	}
	meter, err := MeterHash(r.PathValue("meter"))
	if err != nil {
		refuse(w, http.StatusBadRequest, "meter: "+err.Error())
		return
	}
	month, err := ParseMonth(r.URL.Query().Get("month"))
	if err != nil {
		refuse(w, http.StatusBadRequest, "?month=: "+err.Error())
		return
	}
	st, err := p.mk.Statement(r.Context(), meter, month)
	answer(w, st, err)
}
