// Package labour is the part-time labour service (issue #18, 시간제 노동자 권익보호): an
// employer proposes a written contract (terms and the signed document's hash) in the
// PartTimeLabour contract, the worker signs it gaslessly through the relayer, the employer
// submits each day's hours and the worker confirms or disputes them, and payroll is
// computed here by the Labor Standards Act's rules (package wage), recorded as a payslip
// hash against the confirmed minutes and paid in KRW from the employer's deposit. A
// payslip unpaid after its payday is arrears, listed for labour inspectors. Parties are
// addresses and documents hashes: no names or resident numbers go on chain.
package labour
