package vehicle

import (
	"context"
	"errors"
	"net/http"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Relayer is the vehicles plug-in of the relayer: GET /v1/vehicles/{vin} answers a dealer's
// site with the same report as `vehicle history --json`, rebuilt from the chain's events on
// each request (nothing cached, nothing journaled). Recorders' back offices send through
// the relayer's standard route, POST /v1/relay, a ForwardRequest for the registry signed
// with the recorder's own key (DefaultAllow): the signature is the authentication and the
// registry's role check the authorization, so the plug-in keeps no tokens of its own.
type Relayer struct {
	reg common.Address
	h   plugin.Host
}

// Plugin is the plug-in, unconfigured.
func Plugin() plugin.Plugin { return &Relayer{} }

var _ plugin.Plugin = (*Relayer)(nil)

// Name is the routes' prefix and the TOML table.
func (p *Relayer) Name() string { return "vehicles" }

// DefaultAllow: recorders' back offices send their records through the forwarder, signed
// with their own keys; the registry checks each signer's role and records the signer, so
// the relayer pays only for what a recorder may record (its simulation refuses the rest).
// The admin's functions (roles, the forwarder, the EV subsidy period) are not relayed.
// The relayer asks after Configure: a network without the registry relays none of it.
func (p *Relayer) DefaultAllow() map[string][]string {
	if p.reg == (common.Address{}) {
		return nil
	}
	return map[string][]string{deploy.VehicleRegistry: RelayedFunctions}
}

// RelayedFunctions are the registry's functions the relayer relays by default.
var RelayedFunctions = []string{"register", "registerBatch", "record", "recordBatch", "registerBattery", "secondLife", "recycle"}

// Configure finds the registry in the address book.
func (p *Relayer) Configure(c plugin.Config) error {
	p.reg = c.Contracts[deploy.VehicleRegistry]
	return nil
}

// Start keeps the host's node.
func (p *Relayer) Start(_ context.Context, h plugin.Host) error {
	p.h = h
	return nil
}

// Routes: the report of one vehicle.
func (p *Relayer) Routes() []plugin.Route {
	return []plugin.Route{{Method: "GET", Path: "/{vin}", Label: "vehicle_report", Handler: p.handleReport}}
}

func (p *Relayer) handleReport(w http.ResponseWriter, r *http.Request) {
	vin, err := NormalizeVIN(r.PathValue("vin"))
	if err != nil {
		p.refuse(w, http.StatusBadRequest, err.Error())
		return
	}
	if p.reg == (common.Address{}) {
		p.refuse(w, http.StatusServiceUnavailable, "VehicleRegistry is not in the address book")
		return
	}
	rep, err := Fetch(r.Context(), p.h.Chain, p.reg, VINHash(vin))
	switch {
	case errors.Is(err, ErrUnknownVehicle):
		p.refuse(w, http.StatusNotFound, vin+" is not registered")
		return
	case err != nil:
		p.refuse(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	plugin.WriteJSON(w, http.StatusOK, rep)
}

func (p *Relayer) refuse(w http.ResponseWriter, status int, msg string) {
	if p.h.Metrics != nil {
		p.h.Metrics.Refused("vehicle", status)
	}
	plugin.WriteJSON(w, status, &plugin.Error{Status: status, Error: msg})
}

// Ready: the registry must be known to answer.
func (p *Relayer) Ready(context.Context) []plugin.Check {
	if p.reg == (common.Address{}) {
		return []plugin.Check{{Name: "vehicles", OK: false, Detail: "VehicleRegistry is not in the address book"}}
	}
	return []plugin.Check{{Name: "vehicles", OK: true, Detail: "reports from " + p.reg.Hex()}}
}

// The plug-in sends no transactions of its own: recorders' requests are the relayer's.
func (p *Relayer) Tick(context.Context)       {}
func (p *Relayer) Jobs() []string             { return nil }
func (p *Relayer) Resubmit(string) error      { return nil }
func (p *Relayer) JobUpdated(txmgr.Job) error { return nil }
