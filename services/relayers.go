package services

import (
	"context"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services/mileage"
)

// RelayerPlugins are the services the relayer hosts, fresh for each relayer (a plug-in
// holds its records): the seoulchain-relayer binary and the devnet's in-process relayer
// both take this list. A service with intake of its own adds its plug-in here; one that only
// lets citizens call its contract through the forwarder adds an AllowOnly.
func RelayerPlugins() []plugin.Plugin {
	return []plugin.Plugin{
		mileage.NewRelayer(),
		AllowOnly{Service: "voting", Allow: map[string][]string{deploy.MVoting: {"castOpen", "castSecret"}}},
	}
}

// AllowOnly is the plug-in of a service whose only part in the relayer is what citizens may
// call through the forwarder (its ballots, say): no routes, no jobs.
type AllowOnly struct {
	Service string
	Allow   map[string][]string
}

func (a AllowOnly) Name() string                             { return a.Service }
func (a AllowOnly) DefaultAllow() map[string][]string        { return a.Allow }
func (a AllowOnly) Configure(c plugin.Config) error          { return c.Section.Decode(&struct{}{}) }
func (a AllowOnly) Start(context.Context, plugin.Host) error { return nil }
func (a AllowOnly) Routes() []plugin.Route                   { return nil }
func (a AllowOnly) Ready(context.Context) []plugin.Check     { return nil }
func (a AllowOnly) Tick(context.Context)                     {}
func (a AllowOnly) Jobs() []string                           { return nil }
func (a AllowOnly) Resubmit(string) error                    { return nil }
func (a AllowOnly) JobUpdated(txmgr.Job) error               { return nil }
