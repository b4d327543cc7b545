package services

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services/cert"
	"github.com/seoulchain/seoulchain/services/cred"
	"github.com/seoulchain/seoulchain/services/escrow"
	"github.com/seoulchain/seoulchain/services/fund"
	"github.com/seoulchain/seoulchain/services/health"
	"github.com/seoulchain/seoulchain/services/krw"
	"github.com/seoulchain/seoulchain/services/labour"
	"github.com/seoulchain/seoulchain/services/mileage"
	"github.com/seoulchain/seoulchain/services/proposal"
	"github.com/seoulchain/seoulchain/services/solar"
	"github.com/seoulchain/seoulchain/services/vehicle"
	"github.com/seoulchain/seoulchain/services/voting"
)

// Service is one of the city's services as the platform sees it.
type Service struct {
	// Name is the service's folder under services/ and its command's name (or alias:
	// voting's command is `vote`, also accepted as `voting`).
	Name string
	// Contracts are the deployed names (address-book keys) of the contracts it owns.
	Contracts []string
	// Command builds the service's command; built fresh on each call, because urfave/cli
	// mutates commands as it runs them.
	Command func() *cli.Command
	// Relayer builds its relayer plug-in (a fresh one per relayer: a plug-in holds its
	// records), or is nil when the service has no part in the relayer.
	Relayer func() plugin.Plugin
}

// All lists the services in the order `seoulchain help` shows them. Adding a service is
// one line here.
func All() []Service {
	return []Service{
		{Name: "krw", Contracts: []string{deploy.KRWToken}, Command: krw.Command},
		{Name: "escrow", Contracts: []string{deploy.Escrow}, Command: escrow.Command, Relayer: escrow.Relayer},
		{Name: "voting", Contracts: []string{deploy.MVoting, deploy.ElectionKeys}, Command: voting.Command, Relayer: voting.Relayer},
		{Name: "mileage", Contracts: []string{deploy.SCoin}, Command: mileage.Command,
			Relayer: func() plugin.Plugin { return mileage.NewRelayer() }},
		{Name: "cred", Contracts: []string{deploy.SchemaRegistry, deploy.EAS, deploy.CredResolver}, Command: cred.Command,
			Relayer: func() plugin.Plugin { return cred.NewRelayer() }},
		{Name: "cert", Contracts: []string{deploy.CertRegistry}, Command: cert.Command, Relayer: cert.Plugin},
		{Name: "vehicle", Contracts: []string{deploy.VehicleRegistry}, Command: vehicle.Command, Relayer: vehicle.Plugin},
		{Name: "fund", Contracts: []string{deploy.FundLedger}, Command: fund.Command, Relayer: fund.Plugin},
		{Name: "proposal", Contracts: []string{deploy.CitizenProposals}, Command: proposal.Command, Relayer: proposal.Plugin},
		{Name: "labour", Contracts: []string{deploy.Labour}, Command: labour.Command, Relayer: labour.NewRelayer},
		{Name: "health", Contracts: []string{deploy.HealthConsent}, Command: health.Command, Relayer: health.Relayer},
		{Name: "solar", Contracts: []string{deploy.SolarMarket}, Command: solar.Command, Relayer: solar.NewRelayer},
	}
}
