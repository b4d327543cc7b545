package proposal

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/cred"
	"github.com/seoulchain/seoulchain/services/voting"
)

// CredentialFlag proves eligibility by a residence credential instead of the roll.
var CredentialFlag = &cli.StringFlag{
	Name: "credential", Usage: "your residence credential FILE (from 'seoulchain cred issue'): proves you a Seoul resident instead of --roll, where the city accepts it",
}

// eligibility is how a citizen proves it may propose or support: a roll file or a
// residence credential, exactly one.
type eligibility struct {
	roll     *voting.RollFile
	rollPath string
	cred     *cred.Credential
	credPath string
}

func readEligibility(c *cli.Context) (*eligibility, error) {
	rollPath, credPath := c.String(RollFlag.Name), c.String(CredentialFlag.Name)
	switch {
	case rollPath != "" && credPath != "":
		return nil, cmdkit.Usagef("--roll and --credential: give one proof of eligibility, not both")
	case credPath != "":
		cr, err := cred.ReadCredential(credPath)
		if err != nil {
			return nil, &cmdkit.UsageError{Err: fmt.Errorf("--credential: %w", err)}
		}
		return &eligibility{cred: cr, credPath: credPath}, nil
	case rollPath == "":
		return nil, cmdkit.Usagef("--roll FILE (the roll of eligible citizens) or --credential FILE (your residence credential) is required")
	}
	roll, path, err := readRoll(c)
	if err != nil {
		return nil, err
	}
	return &eligibility{roll: roll, rollPath: path}, nil
}

// errCredential marks a credential the contract would refuse.
var errCredential = errors.New("credential refused")

// checkCredential checks before sending what the contract will: the city accepts residence
// credentials, and e.cred is one, of me, unrevoked, unexpired, by an issuer the city trusts.
// The error names the contract's error and the fix.
func (e *eligibility) checkCredential(c *cli.Context, view *citizenproposals.CitizenProposals, backend bind.ContractBackend, me common.Address) error {
	opts := cmdkit.CallOpts(c)
	rs, err := view.ResidenceSchema(opts)
	if err != nil {
		return fmt.Errorf("read the residence schema: %w", err)
	}
	fail := func(format string, args ...any) error {
		return fmt.Errorf("--credential %s: %w: "+format+"; nothing sent", append([]any{e.credPath, errCredential}, args...)...)
	}
	if rs.Schema == ([32]byte{}) {
		return fail("the city accepts no residence credentials for proposals (ProposalResidenceOff): prove eligibility with --roll, or ask the roll admin to run 'seoulchain propose rules set --residence-schema residence'")
	}
	if e.cred.Schema != rs.Schema {
		return fail("a %q credential (schema %s), but proposals accept the residence schema %s (ProposalCredentialWrongSchema)", e.cred.SchemaName, e.cred.Schema.Hex(), common.Hash(rs.Schema).Hex())
	}
	if e.cred.Holder != me {
		return fail("it is %s's, and you sign as %s (ProposalCredentialNotHolder): use the holder's key", e.cred.Holder.Hex(), me.Hex())
	}
	res, err := trustedissuerresolver.NewTrustedIssuerResolverCaller(rs.Resolver, backend)
	if err != nil {
		return err
	}
	easAddr, err := res.EAS(opts)
	if err != nil {
		return fmt.Errorf("read the resolver's EAS: %w", err)
	}
	ch, err := cred.NewEASChain(backend, easAddr, rs.Resolver)
	if err != nil {
		return err
	}
	a, err := ch.Attestation(c.Context, e.cred.UID)
	if errors.Is(err, cred.ErrNotFound) {
		return fail("attestation %s is not on this chain (ProposalCredentialWrongSchema)", e.cred.UID.Hex())
	} else if err != nil {
		return fmt.Errorf("read attestation %s: %w", e.cred.UID.Hex(), err)
	}
	if a.Schema != rs.Schema || a.Recipient != me {
		return fail("attestation %s on chain is of schema %s for %s, not the file's (edited?)", a.UID.Hex(), a.Schema.Hex(), a.Recipient.Hex())
	}
	if a.Revocation != 0 {
		return fail("revoked by its issuer at %s (ProposalCredentialRevoked): ask the district office for a new one", time.Unix(int64(a.Revocation), 0).UTC().Format(time.RFC3339))
	}
	head, err := backend.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read the head: %w", err)
	}
	if a.Expiration != 0 && a.Expiration <= head.Time {
		return fail("expired at %s (ProposalCredentialExpired): ask the district office for a new one", time.Unix(int64(a.Expiration), 0).UTC().Format(time.RFC3339))
	}
	if ok, err := ch.Trusted(c.Context, a.Schema, a.Attester); err != nil {
		return fmt.Errorf("read the trust list: %w", err)
	} else if !ok {
		return fail("its issuer %s is not (or no longer) trusted by the city for residence (ProposalCredentialUntrusted)", a.Attester.Hex())
	}
	return nil
}
