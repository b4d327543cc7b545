package node

import "errors"

var (
	// ErrNoDataDir is returned when the config names no data directory.
	ErrNoDataDir = errors.New("no data directory")
	// ErrNotInitialised is returned by Start when the data directory holds no chain.
	ErrNotInitialised = errors.New("data directory is not initialised")
	// ErrUnsafeModule is returned by Check when a privileged RPC module would be served on
	// an address other than loopback.
	ErrUnsafeModule = errors.New("privileged RPC module on a non-loopback address")
	// ErrUnknownModule is returned by Check for an RPC module name the node does not serve.
	ErrUnknownModule = errors.New("unknown RPC module")
	// ErrBadPeer is returned by Check for a static peer that is not a valid enode URL.
	ErrBadPeer = errors.New("malformed peer enode URL")
	// ErrBadNetRestrict is returned by Check for a netrestrict entry that is not a CIDR.
	ErrBadNetRestrict = errors.New("malformed netrestrict CIDR")
	// ErrSigner is returned when the signer key cannot be loaded or unlocked.
	ErrSigner = errors.New("signer key unusable")
	// ErrPortInUse is returned by Start when a port the node must listen on is taken.
	ErrPortInUse = errors.New("port already in use")
)
