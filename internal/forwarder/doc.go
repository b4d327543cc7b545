// Package forwarder builds, signs and checks the ERC-2771 ForwardRequests that citizens sign
// for the city's forwarder (OpenZeppelin's ERC2771Forwarder, deployed as CityForwarder), so
// that the relayer pays the gas of their S-Coin payments and ballots. The EIP-712 types here
// are OpenZeppelin's, so a request signed by any wallet library's signTypedData checks out.
package forwarder
