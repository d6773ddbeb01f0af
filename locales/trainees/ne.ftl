### The trainees area of the ne bundle (see i18n::AREAS): its keys are in every language.
