package deploy

import (
	"fmt"
	"math/big"
	"time"

	"github.com/seoulchain/seoulchain/internal/abidecode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/certificateregistry"
	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/cityproxy"
	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/electionkeys"
	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/bindings/schemaregistry"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
)

// Names of the deployable contracts, as recorded in devnet.json.
const (
	CityForwarder = "CityForwarder"
	KRWToken      = "KRWToken"
	Escrow        = "SubcontractEscrow"
	MVoting       = "MVoting"
	// The key generation of MVoting's secret elections (trustees' commitments, complaints,
	// disqualifications, the election key): apart so that both fit EIP-170's size limit.
	ElectionKeys = "ElectionKeys"
	SCoin        = "SCoin"
	// The Ethereum Attestation Service (its own contracts, unchanged) and the city's
	// resolver that admits only the issuers registered for a schema.
	SchemaRegistry = "SchemaRegistry"
	EAS            = "EAS"
	CredResolver   = "TrustedIssuerResolver"
	// The document store of certificates issued as files: offices anchor Merkle roots.
	CertRegistry = "CertificateRegistry"
	// Used-car histories and EV battery packs: recorders append records per VIN hash.
	VehicleRegistry = "VehicleRegistry"
	// Donation campaigns and consignment funds, settled in KRW.
	FundLedger = "FundLedger"
	// Citizens' proposals: supports, stages with the city's answer deadlines, promotion
	// into an M-Voting election.
	CitizenProposals = "CitizenProposals"
	// Part-time workers' contracts, hours and wages, paid in KRW.
	Labour = "PartTimeLabour"
	// Citizen-led health records: providers, record hashes, patients' consents, access log.
	HealthConsent = "HealthConsent"
	// Neighbourhood solar power trading, settled in KRW.
	SolarMarket = "SolarMarket"
)

// The solar market's first tariffs, in won per kWh (the market operator sets new ones): the
// utility buys surplus at SolarBuyTariff and sells at SolarSellTariff, which bound every
// order's price; SolarGridFee is charged per kWh bought in the market.
const (
	SolarBuyTariff  = 100
	SolarSellTariff = 200
	SolarGridFee    = 10
)

// EVSubsidyPeriod is the EV purchase subsidy's mandatory period (의무운행기간) the
// VehicleRegistry starts with: an export within it raises a flag. Two years (730 days and
// a leap day); the EV office changes it with setSubsidyPeriod.
const EVSubsidyPeriod = 731 * 24 * time.Hour

// LabourMinimumWages is the minimum-wage table the labour contract starts with: the days
// (from 1970-01-01, Seoul) each rate takes effect and the won an hour. The same table as
// services/labour/wage.Statutory, which a test there checks; later rates are set by the
// labour office (seoulchain labour minwage set).
var LabourMinimumWages = struct {
	Days []uint32
	Won  []uint64
}{
	Days: []uint32{20089, 20454}, // 2025-01-01, 2026-01-01
	Won:  []uint64{10030, 10320},
}

// S-Coin's expiry, fixed at deployment: points live five years (1,826 days, a leap day
// included) after the end of the 30-day epoch they were credited in, so between five years
// and five years and a month.
const (
	SCoinEpochLength    = 30 * 24 * time.Hour
	SCoinValidityPeriod = 1826 * 24 * time.Hour
)

// ImplSuffix names an upgradeable contract's implementation in the address book:
// "SCoin.impl" is the code behind the proxy "SCoin".
const ImplSuffix = ".impl"

// Impl is the address-book name of the implementation behind the proxy name.
func Impl(name string) string { return name + ImplSuffix }

// Step deploys one contract. Deps are the names it needs deployed first; Args returns the
// constructor arguments given the deploying account and the dependencies' addresses. A step
// with Init is upgradeable: Args are its implementation's constructor arguments, and the
// contract is a CityProxy (ERC-1967, UUPS) whose creation calls initialize(Init...).
type Step struct {
	Name string
	Deps []string
	Meta *bind.MetaData
	Args func(from common.Address, deps Addresses) []any
	Init func(from common.Address, deps Addresses) []any
	// Grants are roles of other contracts this contract needs to work (the proposals'
	// right to create elections): Govern grants them with the council's, before the
	// deploying key renounces anything.
	Grants []Grant
}

// Grant is a role of the contract named On that a Step's contract holds.
type Grant struct {
	On   string
	Role string
}

// Upgradeable reports whether the contract lives behind a proxy.
func (s Step) Upgradeable() bool { return s.Init != nil }

// Steps returns every deployable contract, dependencies before dependants.
func Steps() []Step {
	return []Step{
		// Stateless but for nonces: replaced, not upgraded; the services read it from storage
		// and their admin (the council) points them to a new one.
		{Name: CityForwarder, Meta: cityforwarder.CityForwarderMetaData},
		{
			// The deployer holds every role at first; it grants the issuer role to the
			// designated bank and hands the admin role to the council (Govern).
			Name: KRWToken, Meta: krwtoken.KRWTokenMetaData,
			Init: func(from common.Address, _ Addresses) []any { return []any{from} },
		},
		{
			// The deployer is admin and a client (city department) at first; it grants
			// the client role to the departments. The token is an immutable of the
			// implementation: every later implementation must name the same one.
			Name: Escrow, Meta: subcontractescrow.SubcontractEscrowMetaData, Deps: []string{KRWToken, CityForwarder},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[KRWToken]} },
			// Primes and payees accept and approve change orders gasless, through the forwarder.
			Init: func(from common.Address, deps Addresses) []any { return []any{deps[CityForwarder], from} },
		},
		{
			// Trustees send directly (they pay gas); MVoting opens its rounds (Grants below).
			Name: ElectionKeys, Meta: electionkeys.ElectionKeysMetaData,
			Init: func(from common.Address, _ Addresses) []any { return []any{from} },
		},
		{
			// Citizens vote through the forwarder; the deployer is the first election admin.
			// The key generation contract is an immutable of the implementation, kept by
			// every upgrade.
			Name: MVoting, Meta: mvoting.MVotingMetaData, Deps: []string{CityForwarder, ElectionKeys},
			Args:   func(_ common.Address, deps Addresses) []any { return []any{deps[ElectionKeys]} },
			Init:   func(from common.Address, deps Addresses) []any { return []any{deps[CityForwarder], from} },
			Grants: []Grant{{On: ElectionKeys, Role: "ELECTIONS_ROLE"}},
		},
		{
			// Citizens spend through the forwarder; the deployer holds every role at first.
			// The expiry periods are immutables of the implementation (see SCoin.sol).
			Name: SCoin, Meta: scoin.SCoinMetaData, Deps: []string{CityForwarder},
			Args: func(common.Address, Addresses) []any {
				return []any{seconds(SCoinEpochLength), seconds(SCoinValidityPeriod)}
			},
			Init: func(from common.Address, deps Addresses) []any { return []any{deps[CityForwarder], from} },
		},
		// EAS's registry and EAS itself are plain, as EAS ships them: no admin, nothing to
		// upgrade, the same bytecode as the package's artifacts, so EAS's SDK and tools
		// work unchanged.
		{Name: SchemaRegistry, Meta: schemaregistry.SchemaRegistryMetaData},
		{
			Name: EAS, Meta: eas.EASMetaData, Deps: []string{SchemaRegistry},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[SchemaRegistry]} },
		},
		{
			// Upgradeable because its address is part of every city schema's UID. The
			// deployer is admin and registrar at first; the registrar role goes to staff.
			Name: CredResolver, Meta: trustedissuerresolver.TrustedIssuerResolverMetaData, Deps: []string{EAS},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[EAS]} },
			Init: func(from common.Address, _ Addresses) []any { return []any{from} },
		},
		{
			// Upgradeable because its address is written into every proof file. The
			// deployer is admin and registrar at first; the registrar role goes to staff.
			Name: CertRegistry, Meta: certificateregistry.CertificateRegistryMetaData,
			Init: func(from common.Address, _ Addresses) []any { return []any{from} },
		},
		{
			// Upgradeable because a car's history must outlive any change of code. The
			// deployer is admin and EV office at first; recorders' roles go to the
			// registry offices, inspection centres, dealers, insurers, shops, testers
			// and recyclers, whose back offices send through the forwarder (the
			// registry records the signer, not the relayer).
			Name: VehicleRegistry, Meta: vehicleregistry.VehicleRegistryMetaData, Deps: []string{CityForwarder},
			Init: func(from common.Address, deps Addresses) []any {
				return []any{deps[CityForwarder], from, uint64(EVSubsidyPeriod / time.Second)}
			},
		},
		{
			// Funds hold KRW: the token is an immutable of the implementation, kept by every
			// upgrade. The deployer is admin and registrar (opens funds) at first.
			Name: FundLedger, Meta: fundledger.FundLedgerMetaData, Deps: []string{KRWToken},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[KRWToken]} },
			Init: func(from common.Address, _ Addresses) []any { return []any{from} },
		},
		{
			// Citizens propose and support through the forwarder; a qualified proposal
			// becomes an M-Voting election, which this contract creates: it holds MVoting's
			// election admin role. The deployer holds every role at first.
			Name: CitizenProposals, Meta: citizenproposals.CitizenProposalsMetaData, Deps: []string{CityForwarder, MVoting},
			Init: func(from common.Address, deps Addresses) []any {
				return []any{deps[CityForwarder], from, deps[MVoting]}
			},
			Grants: []Grant{{On: MVoting, Role: "ELECTION_ADMIN_ROLE"}},
		},
		{
			// Workers sign and confirm through the forwarder; wages are KRW, an immutable of
			// the implementation as in the escrow. The deployer is admin and labour office at
			// first; the labour-office role goes to the city's labour inspectors.
			Name: Labour, Meta: parttimelabour.PartTimeLabourMetaData, Deps: []string{CityForwarder, KRWToken},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[KRWToken]} },
			Init: func(from common.Address, deps Addresses) []any {
				return []any{deps[CityForwarder], from, LabourMinimumWages.Days, LabourMinimumWages.Won}
			},
		},
		{
			// Patients grant and revoke consents gasless, through the forwarder. The deployer
			// is admin and registrar (registers providers) at first.
			Name: HealthConsent, Meta: healthconsent.HealthConsentMetaData, Deps: []string{CityForwarder},
			Init: func(from common.Address, deps Addresses) []any { return []any{deps[CityForwarder], from} },
		},
		{
			// Settles in KRW (an immutable of the implementation, kept by every upgrade);
			// meter owners post orders gasless through the forwarder. The deployer is admin,
			// both operators, the utility and the grid operator at first.
			Name: SolarMarket, Meta: solarmarket.SolarMarketMetaData, Deps: []string{KRWToken, CityForwarder},
			Args: func(_ common.Address, deps Addresses) []any { return []any{deps[KRWToken]} },
			Init: func(from common.Address, deps Addresses) []any {
				return []any{deps[CityForwarder], from, uint64(SolarBuyTariff), uint64(SolarSellTariff), uint64(SolarGridFee)}
			},
		},
	}
}

func seconds(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }

// All returns the names of every deployable contract, in deployment order.
func All() []string {
	var names []string
	for _, s := range Steps() {
		names = append(names, s.Name)
	}
	return names
}

// stepByName returns the step of the named contract.
func stepByName(name string) (Step, bool) {
	for _, st := range Steps() {
		if st.Name == name {
			return st, true
		}
	}
	return Step{}, false
}

// checkRole refuses a role name the contract does not define (as a public constant).
func (s Step) checkRole(role string) error {
	a, err := s.Meta.GetAbi()
	if err != nil {
		return fmt.Errorf("ABI of %s: %w", s.Name, err)
	}
	if m, ok := a.Methods[role]; !ok || len(m.Inputs) != 0 || len(m.Outputs) != 1 || m.Outputs[0].Type.String() != "bytes32" {
		return fmt.Errorf("%s has no role %q", s.Name, role)
	}
	return nil
}

// ABIs returns the ABI of every deployable contract and of the council, for decoding
// reverts and events.
func ABIs() ([]*abi.ABI, error) {
	council, err := citycouncil.CityCouncilMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", CityCouncil, err)
	}
	out := []*abi.ABI{council}
	for _, s := range Steps() {
		a, err := s.Meta.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("ABI of %s: %w", s.Name, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// creationCode is the contract's (for an upgradeable one, its implementation's) bytecode
// plus the ABI-encoded constructor arguments.
func (s Step) creationCode(from common.Address, deps Addresses) ([]byte, error) {
	a, err := s.Meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", s.Name, err)
	}
	var args []any
	if s.Args != nil {
		args = s.Args(from, deps)
	}
	packed, err := a.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("constructor arguments of %s: %w", s.Name, err)
	}
	return append(common.FromHex(s.Meta.Bin), packed...), nil
}

// proxyCreationCode is the CityProxy bytecode pointing at impl, whose creation runs
// initialize(Init...) in the proxy's storage.
func (s Step) proxyCreationCode(from common.Address, deps Addresses, impl common.Address) ([]byte, error) {
	a, err := s.Meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", s.Name, err)
	}
	init, err := a.Pack("initialize", s.Init(from, deps)...)
	if err != nil {
		return nil, fmt.Errorf("initializer arguments of %s: %w", s.Name, err)
	}
	return ProxyCreationCode(impl, init)
}

// ProxyCreationCode is the bytecode of a CityProxy to impl whose creation calls init.
func ProxyCreationCode(impl common.Address, init []byte) ([]byte, error) {
	p, err := cityproxy.CityProxyMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of CityProxy: %w", err)
	}
	packed, err := p.Pack("", impl, init)
	if err != nil {
		return nil, fmt.Errorf("proxy arguments: %w", err)
	}
	return append(common.FromHex(cityproxy.CityProxyMetaData.Bin), packed...), nil
}

// ABIBook names the ABI of every contract of addrs whose name (or NAME.impl) is a step's,
// so that events are decoded by the contract that emitted them.
func ABIBook(addrs Addresses) *abidecode.Book {
	book := &abidecode.Book{}
	for _, st := range Steps() {
		a, err := st.Meta.GetAbi()
		if err != nil {
			continue
		}
		for _, name := range []string{st.Name, Impl(st.Name)} {
			if addr, ok := addrs[name]; ok {
				book.Add(addr, a)
			}
		}
	}
	return book
}
