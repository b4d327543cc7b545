// Package krw is the KRW settlement token service: the rules the CLI applies before a mint
// or burn (a deposit reference is minted once; a withdrawal code fits the contract's
// bytes32 and a bank account never goes on chain) and the `krw` command. The token itself
// is the KRWToken contract; its generated binding is bindings/krwtoken.
package krw
