package model

// Kind is the sort of business network a candidate is.
type Kind string

// Kinds of network (SPEC.md 4.1).
const (
	KindExpertNetwork   Kind = "expert_network"
	KindMastermind      Kind = "mastermind"
	KindReferralChapter Kind = "referral_chapter"
	KindAssociation     Kind = "association"
	KindOther           Kind = "other"
)

// Kinds lists every kind in display order.
var Kinds = []Kind{KindExpertNetwork, KindMastermind, KindReferralChapter, KindAssociation, KindOther}

// Valid reports whether k is one of [Kinds].
func (k Kind) Valid() bool { return oneOf(k, Kinds) }

// Label is the user-facing name of k.
func (k Kind) Label() string { return label(k) }

// Status is where the user stands with a candidate network.
type Status string

// Statuses of a network (SPEC.md 4.1).
const (
	StatusResearching  Status = "researching"
	StatusInterviewing Status = "interviewing"
	StatusDecided      Status = "decided"
	StatusJoined       Status = "joined"
	StatusDeclined     Status = "declined"
	StatusArchived     Status = "archived"
)

// Statuses lists every status in display order.
var Statuses = []Status{StatusResearching, StatusInterviewing, StatusDecided, StatusJoined, StatusDeclined, StatusArchived}

// Valid reports whether s is one of [Statuses].
func (s Status) Valid() bool { return oneOf(s, Statuses) }

// Label is the user-facing name of s.
func (s Status) Label() string { return label(s) }

// Category is what kind of service a promise is about.
type Category string

// Promise categories (SPEC.md 4.1).
const (
	CategoryMentoring Category = "mentoring"
	CategoryTraining  Category = "training"
	CategoryEvents    Category = "events"
	CategoryMarketing Category = "marketing"
	CategoryContracts Category = "contracts"
	CategoryOther     Category = "other"
)

// Categories lists every promise category in display order.
var Categories = []Category{CategoryMentoring, CategoryTraining, CategoryEvents, CategoryMarketing, CategoryContracts, CategoryOther}

// Valid reports whether c is one of [Categories].
func (c Category) Valid() bool { return oneOf(c, Categories) }

// Label is the user-facing name of c.
func (c Category) Label() string { return label(c) }

// Source is where a promise was made.
type Source string

// Promise sources. SPEC.md leaves the field free text in the export format;
// these are the suggested values the forms offer.
const (
	SourceWebsite   Source = "website"
	SourceBrochure  Source = "brochure"
	SourceSalesTalk Source = "sales_talk"
	SourceContract  Source = "contract"
)

// Sources lists the suggested promise sources in display order.
var Sources = []Source{SourceWebsite, SourceBrochure, SourceSalesTalk, SourceContract}

// Label is the user-facing name of s; a free-text source is shown as is.
func (s Source) Label() string { return label(s) }

// Channel is how an interview was held.
type Channel string

// Interview channels (SPEC.md 4.1).
const (
	ChannelCall     Channel = "call"
	ChannelInPerson Channel = "in_person"
	ChannelEvent    Channel = "event"
	ChannelWritten  Channel = "written"
)

// Channels lists every channel in display order.
var Channels = []Channel{ChannelCall, ChannelInPerson, ChannelEvent, ChannelWritten}

// Valid reports whether c is one of [Channels].
func (c Channel) Valid() bool { return oneOf(c, Channels) }

// Label is the user-facing name of c.
func (c Channel) Label() string { return label(c) }

// AnswerValue is a member's answer to "is this promise really delivered?".
type AnswerValue string

// Answers (SPEC.md 4.1).
const (
	AnswerYes     AnswerValue = "yes"
	AnswerPartly  AnswerValue = "partly"
	AnswerNo      AnswerValue = "no"
	AnswerUnknown AnswerValue = "unknown"
)

// AnswerValues lists every answer in display order.
var AnswerValues = []AnswerValue{AnswerYes, AnswerPartly, AnswerNo, AnswerUnknown}

// Valid reports whether a is one of [AnswerValues].
func (a AnswerValue) Valid() bool { return oneOf(a, AnswerValues) }

// Label is the user-facing name of a.
func (a AnswerValue) Label() string { return label(a) }

// JoinAgain is a member's answer to "would you join again?". The empty value
// means the question was not answered.
type JoinAgain string

// Would-join-again answers (SPEC.md 1).
const (
	JoinAgainUnset  JoinAgain = ""
	JoinAgainYes    JoinAgain = "yes"
	JoinAgainUnsure JoinAgain = "unsure"
	JoinAgainNo     JoinAgain = "no"
)

// JoinAgainValues lists the answered values in display order.
var JoinAgainValues = []JoinAgain{JoinAgainYes, JoinAgainUnsure, JoinAgainNo}

// Valid reports whether j is unset or one of [JoinAgainValues].
func (j JoinAgain) Valid() bool { return j == JoinAgainUnset || oneOf(j, JoinAgainValues) }

// Label is the user-facing name of j.
func (j JoinAgain) Label() string { return label(j) }

// Level is how well a contract that came out of the network is proven.
type Level string

// Evidence levels, weakest first (SPEC.md 4.1).
const (
	LevelHearsay        Level = "hearsay"
	LevelMemberReported Level = "member_reported"
	LevelDocumented     Level = "documented"
)

// Levels lists every evidence level, weakest first.
var Levels = []Level{LevelHearsay, LevelMemberReported, LevelDocumented}

// Valid reports whether l is one of [Levels].
func (l Level) Valid() bool { return oneOf(l, Levels) }

// Label is the user-facing name of l.
func (l Level) Label() string { return label(l) }

// WarningSign is a tell-tale of a network that sells harder than it
// delivers. A network records the ones the user has ticked.
type WarningSign string

// Warning signs (SPEC.md 1 and 4.1).
const (
	WarnPressureToSign          WarningSign = "pressure_to_sign"
	WarnAutoRenewal             WarningSign = "auto_renewal"
	WarnLongMinimumTerm         WarningSign = "long_minimum_term"
	WarnNoTrial                 WarningSign = "no_trial"
	WarnNoProfessionExclusivity WarningSign = "no_profession_exclusivity"
	WarnExtraCosts              WarningSign = "extra_costs"
	WarnMembersNotFreeToTalk    WarningSign = "members_not_free_to_talk"
	WarnAttendanceObligation    WarningSign = "attendance_obligation"
	WarnQuotas                  WarningSign = "quotas"
	WarnSellerEarnsFromFee      WarningSign = "seller_earns_from_fee"
	WarnNoDistanceLearning      WarningSign = "no_distance_learning_approval"
	WarnFeesNotRefundable       WarningSign = "fees_not_refundable"
)

// WarningSigns lists every warning sign in display order.
var WarningSigns = []WarningSign{
	WarnPressureToSign, WarnAutoRenewal, WarnLongMinimumTerm, WarnNoTrial,
	WarnNoProfessionExclusivity, WarnExtraCosts, WarnMembersNotFreeToTalk,
	WarnAttendanceObligation, WarnQuotas, WarnSellerEarnsFromFee,
	WarnNoDistanceLearning, WarnFeesNotRefundable,
}

// warningSignsV1 are the warning signs of export format version 1, which
// an import of a version-1 file accepts.
var warningSignsV1 = WarningSigns[:7]

// Valid reports whether w is one of [WarningSigns].
func (w WarningSign) Valid() bool { return oneOf(w, WarningSigns) }

// Label is the user-facing name of w.
func (w WarningSign) Label() string { return label(w) }

// Language is the language the user chose in the profile; the empty value
// means "not chosen" (the command line and the environment decide).
type Language string

// Languages (SPEC.md 1 and 5).
const (
	LanguageUnset   Language = ""
	LanguageEnglish Language = "en"
	LanguageGerman  Language = "de"
)

// Languages lists the languages a profile may choose.
var Languages = []Language{LanguageEnglish, LanguageGerman}

// Valid reports whether l is unset or one of [Languages].
func (l Language) Valid() bool { return l == LanguageUnset || oneOf(l, Languages) }

// Label is the user-facing name of l ("Not chosen" when unset).
func (l Language) Label() string {
	if name, ok := languageLabels[l]; ok {
		return name
	}
	return string(l)
}

// LedgerKind is what happened in one entry of a membership's ledger.
type LedgerKind string

// Ledger kinds (SPEC.md 1.6 and 4.1).
const (
	LedgerMeeting          LedgerKind = "meeting"
	LedgerOneToOne         LedgerKind = "one_to_one"
	LedgerEvent            LedgerKind = "event"
	LedgerReferralGiven    LedgerKind = "referral_given"
	LedgerReferralReceived LedgerKind = "referral_received"
	LedgerClosedBusiness   LedgerKind = "closed_business"
	LedgerCost             LedgerKind = "cost"
	LedgerPromiseCheck     LedgerKind = "promise_check"
)

// LedgerKinds lists every ledger kind in display order.
var LedgerKinds = []LedgerKind{
	LedgerMeeting, LedgerOneToOne, LedgerEvent, LedgerReferralGiven,
	LedgerReferralReceived, LedgerClosedBusiness, LedgerCost, LedgerPromiseCheck,
}

// Valid reports whether k is one of [LedgerKinds].
func (k LedgerKind) Valid() bool { return oneOf(k, LedgerKinds) }

// Label is the user-facing name of k.
func (k LedgerKind) Label() string { return ledgerKindLabels[k] }

// CandidateStatus is how far the user got with a person for a seat of the
// own-network plan.
type CandidateStatus string

// Candidate statuses, in pipeline order (SPEC.md 1.7 and 4.1).
const (
	CandidateIdentified CandidateStatus = "identified"
	CandidateApproached CandidateStatus = "approached"
	CandidateOneToOne   CandidateStatus = "one_to_one"
	CandidateCommitted  CandidateStatus = "committed"
	CandidateDropped    CandidateStatus = "dropped"
)

// CandidateStatuses lists every candidate status in pipeline order.
var CandidateStatuses = []CandidateStatus{CandidateIdentified, CandidateApproached, CandidateOneToOne, CandidateCommitted, CandidateDropped}

// Valid reports whether s is one of [CandidateStatuses].
func (s CandidateStatus) Valid() bool { return oneOf(s, CandidateStatuses) }

// Label is the user-facing name of s.
func (s CandidateStatus) Label() string { return candidateStatusLabels[s] }

// Cover is a decisive factor a seat of the own-network plan covers.
type Cover string

// Covers (SPEC.md 1.7 and 4.1); CoverContracts stands for contract_chances.
const (
	CoverMentors   Cover = "mentors"
	CoverTraining  Cover = "training"
	CoverContracts Cover = "contracts"
)

// Covers lists every cover in the order of [FactorKeys].
var Covers = []Cover{CoverMentors, CoverTraining, CoverContracts}

// Valid reports whether c is one of [Covers].
func (c Cover) Valid() bool { return oneOf(c, Covers) }

// Factor is the decisive factor c stands for.
func (c Cover) Factor() RatingKey {
	switch c {
	case CoverMentors:
		return FactorMentors
	case CoverTraining:
		return FactorTraining
	}
	return FactorContractChances
}

func oneOf[T comparable](v T, all []T) bool {
	for _, a := range all {
		if a == v {
			return true
		}
	}
	return false
}
