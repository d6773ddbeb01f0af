### The trainees area of the ja bundle (see i18n::AREAS): its keys are in every language.
