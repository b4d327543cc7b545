package plugin

import (
	"context"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// AllowOnly is the plug-in of a service whose only part in the relayer is what citizens may
// call through the forwarder (its ballots, say): no routes, no jobs.
type AllowOnly struct {
	Service string
	Allow   map[string][]string
}

var _ Plugin = AllowOnly{}

func (a AllowOnly) Name() string                      { return a.Service }
func (a AllowOnly) DefaultAllow() map[string][]string { return a.Allow }
func (a AllowOnly) Configure(c Config) error          { return c.Section.Decode(&struct{}{}) }
func (a AllowOnly) Start(context.Context, Host) error { return nil }
func (a AllowOnly) Routes() []Route                   { return nil }
func (a AllowOnly) Ready(context.Context) []Check     { return nil }
func (a AllowOnly) Tick(context.Context)              {}
func (a AllowOnly) Jobs() []string                    { return nil }
func (a AllowOnly) Resubmit(string) error             { return nil }
func (a AllowOnly) JobUpdated(txmgr.Job) error        { return nil }
