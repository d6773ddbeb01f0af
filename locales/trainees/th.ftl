### The trainees area of the th bundle (see i18n::AREAS): its keys are in every language.
