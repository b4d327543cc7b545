package genesis

import (
	"errors"

	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

var (
	// ErrNoSigners is returned when a spec or genesis names no Clique signer.
	ErrNoSigners = errors.New("no signers")
	// ErrDuplicateSigner is returned when the same signer address is given twice.
	ErrDuplicateSigner = errors.New("duplicate signer")
	// ErrBadAddress is returned for text that is not a 20-byte hex address.
	ErrBadAddress = hexaddr.ErrBadAddress
	// ErrZeroPeriod is returned for a block period of 0 seconds, which makes Clique seal
	// only when transactions arrive and breaks the block-time assumptions of the relayer.
	ErrZeroPeriod = errors.New("block period is 0")
	// ErrZeroEpoch is returned for a Clique epoch of 0 blocks.
	ErrZeroEpoch = errors.New("epoch is 0")
	// ErrGasLimitTooLow is returned for a block gas limit below MinGasLimit.
	ErrGasLimitTooLow = errors.New("block gas limit too low")
	// ErrChainID is returned for chain ID 0.
	ErrChainID = errors.New("chain ID is 0")
	// ErrPublicChainID is returned for the chain ID of a public network.
	ErrPublicChainID = errors.New("chain ID belongs to a public network")
	// ErrBadAlloc is returned for a prefunded account that cannot be read.
	ErrBadAlloc = errors.New("malformed alloc")
	// ErrNotClique is returned by Load for a genesis without a Clique section or with forks
	// that geth's Clique cannot run.
	ErrNotClique = errors.New("not a seoulchain Clique genesis")
	// ErrOutputDir is returned by Write when the output file's directory does not exist.
	ErrOutputDir = errors.New("output directory does not exist")
	// ErrExists is returned by Write when the output file exists and overwrite is off.
	ErrExists = errors.New("output file exists")
)
