// Benchmark peer: Órbita's first question ("Who pays whom?", four options + "I don't know")
// as a SurveyJS radiogroup, rendered with the framework-free survey-js-ui package. Sets the
// "peer-ready" performance mark on the first frame after the survey is rendered, as Órbita
// sets "orbita-ready" on the first frame after it mounts.
const survey = new Survey.Model({
  showQuestionNumbers: "off",
  elements: [
    {
      type: "radiogroup",
      name: "pays",
      title: "Who pays whom?",
      description:
        "Someone who pays you tends to see you as a seller; someone you pay, or who shares your profits, works with you from the inside.",
      choices: [
        { value: "pays.they_pay", text: "They pay you for what you sell them" },
        { value: "pays.both", text: "Both: you pay them and they also buy from you" },
        { value: "pays.we_pay", text: "You pay them: wages, fees or invoices" },
        { value: "pays.profit_share", text: "They share in the profits (partner, shareholder)" },
        { value: "dont_know", text: "I don't know" },
      ],
    },
  ],
});

let marked = false;
survey.onAfterRenderSurvey.add(() => {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => {
    performance.mark("peer-ready");
    document.body.setAttribute("data-ready", "true");
  });
});

SurveyUI.renderSurvey(survey, document.getElementById("survey"));
