/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model;

import java.time.Instant;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer to one question of the template: the option chosen, the justification, the evidence in the plan model, and who answered when.
 * The dimension, theme and rule ids and the question text are copied from the template when the answer is given, so an orphaned answer can still be shown in context.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.assessment.model.Answer#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getOptionId <em>Option Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getJustification <em>Justification</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getEvidenceGoals <em>Evidence Goals</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getEvidenceMeasures <em>Evidence Measures</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getEvidenceIndicators <em>Evidence Indicators</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getAnsweredBy <em>Answered By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getDimensionId <em>Dimension Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getThemeId <em>Theme Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Answer#isOrphaned <em>Orphaned</em>}</li>
 * </ul>
 *
 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer()
 * @model
 * @generated
 */
public interface Answer extends EObject {
	/**
	 * Returns the value of the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question Id</em>' attribute.
	 * @see #setQuestionId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_QuestionId()
	 * @model required="true"
	 * @generated
	 */
	String getQuestionId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getQuestionId <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Id</em>' attribute.
	 * @see #getQuestionId()
	 * @generated
	 */
	void setQuestionId(String value);

	/**
	 * Returns the value of the '<em><b>Option Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the chosen option of the question's answer scale, e.g. "delvis-ivaretatt".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Option Id</em>' attribute.
	 * @see #setOptionId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_OptionId()
	 * @model
	 * @generated
	 */
	String getOptionId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getOptionId <em>Option Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option Id</em>' attribute.
	 * @see #getOptionId()
	 * @generated
	 */
	void setOptionId(String value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Goals</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals of the plan model that show the answer is right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Goals</em>' reference list.
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_EvidenceGoals()
	 * @model
	 * @generated
	 */
	EList<Goal> getEvidenceGoals();

	/**
	 * Returns the value of the '<em><b>Evidence Measures</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures of the plan model that show the answer is right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Measures</em>' reference list.
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_EvidenceMeasures()
	 * @model
	 * @generated
	 */
	EList<Measure> getEvidenceMeasures();

	/**
	 * Returns the value of the '<em><b>Evidence Indicators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the workspace's indicators (e.g. "BEF-02") that show the answer is right. By code, so that the assessment module does not depend on the indicator module.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Indicators</em>' attribute list.
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_EvidenceIndicators()
	 * @model
	 * @generated
	 */
	EList<String> getEvidenceIndicators();

	/**
	 * Returns the value of the '<em><b>Answered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered By</em>' attribute.
	 * @see #setAnsweredBy(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_AnsweredBy()
	 * @model
	 * @generated
	 */
	String getAnsweredBy();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getAnsweredBy <em>Answered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered By</em>' attribute.
	 * @see #getAnsweredBy()
	 * @generated
	 */
	void setAnsweredBy(String value);

	/**
	 * Returns the value of the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered At</em>' attribute.
	 * @see #setAnsweredAt(Instant)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_AnsweredAt()
	 * @model dataType="no.redthread.assessment.model.Instant"
	 * @generated
	 */
	Instant getAnsweredAt();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getAnsweredAt <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered At</em>' attribute.
	 * @see #getAnsweredAt()
	 * @generated
	 */
	void setAnsweredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Dimension Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension Id</em>' attribute.
	 * @see #setDimensionId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_DimensionId()
	 * @model
	 * @generated
	 */
	String getDimensionId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getDimensionId <em>Dimension Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension Id</em>' attribute.
	 * @see #getDimensionId()
	 * @generated
	 */
	void setDimensionId(String value);

	/**
	 * Returns the value of the '<em><b>Theme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme Id</em>' attribute.
	 * @see #setThemeId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_ThemeId()
	 * @model
	 * @generated
	 */
	String getThemeId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getThemeId <em>Theme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme Id</em>' attribute.
	 * @see #getThemeId()
	 * @generated
	 */
	void setThemeId(String value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question's Norwegian text when it was answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Text</em>' attribute.
	 * @see #setQuestionText(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_QuestionText()
	 * @model
	 * @generated
	 */
	String getQuestionText();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#getQuestionText <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Text</em>' attribute.
	 * @see #getQuestionText()
	 * @generated
	 */
	void setQuestionText(String value);

	/**
	 * Returns the value of the '<em><b>Orphaned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the question no longer exists in the assessment's template version. Orphaned answers are kept and reported, never dropped, and are left out of completion and scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orphaned</em>' attribute.
	 * @see #setOrphaned(boolean)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAnswer_Orphaned()
	 * @model
	 * @generated
	 */
	boolean isOrphaned();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Answer#isOrphaned <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orphaned</em>' attribute.
	 * @see #isOrphaned()
	 * @generated
	 */
	void setOrphaned(boolean value);

} // Answer
