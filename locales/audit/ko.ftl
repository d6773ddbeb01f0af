### The audit area of the ko bundle (see i18n::AREAS): its keys are in every language.
