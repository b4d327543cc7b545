// Package wage holds the Labor Standards Act's pay rules for part-time workers, in Go and
// off chain: the minimum-wage table, the weekly paid holiday (주휴수당), the premiums of
// workplaces with five or more employees (overtime, night, holiday work) and the social
// insurances a worker must be enrolled in. The labour contract records only the payslip's
// hash, its minutes and its amount; the rules live here so that a payslip can show each
// component, and so that a change of law is a change of Go, tested by hand-computed cases.
//
// # Time
//
// Shifts are minutes in Seoul time (KST, no daylight saving), one shift a day named by the
// day it starts on; a shift may cross midnight, and its minutes are split at midnight for
// the minimum wage (each calendar day's rate) and at 22:00 and 06:00 for night work.
//
// # Rounding
//
// Every component is computed exactly (decimal, minutes × wage ÷ 60) and then rounded UP to
// a whole won, in the worker's favour: an employer never pays less than the law's amount
// because of rounding. The total is the sum of the rounded components.
package wage
