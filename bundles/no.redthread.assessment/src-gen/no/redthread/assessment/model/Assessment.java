/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model;

import java.time.Instant;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One filled-in worksheet for a plan or a case (exactly one of the two is set).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.assessment.model.Assessment#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getPlan <em>Plan</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getCase <em>Case</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getPrevious <em>Previous</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getStatusChangedBy <em>Status Changed By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getStatusChangedAt <em>Status Changed At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Assessment#getConclusions <em>Conclusions</em>}</li>
 * </ul>
 *
 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the form template answered, e.g. "redthread-samfunnsdel".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_TemplateId()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the form template the answers were last checked against, e.g. "1.0.0".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_TemplateVersion()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateVersion();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan assessed, if the assessment is of a plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Plan)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Plan()
	 * @model
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case assessed, if the assessment is of a case (saksbehandling).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case</em>' reference.
	 * @see #setCase(Case)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Case()
	 * @model
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getCase <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

	/**
	 * Returns the value of the '<em><b>Previous</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessment of the previous revision of the same plan, which this one continues; null for a first assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous</em>' reference.
	 * @see #setPrevious(Assessment)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Previous()
	 * @model
	 * @generated
	 */
	Assessment getPrevious();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getPrevious <em>Previous</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous</em>' reference.
	 * @see #getPrevious()
	 * @generated
	 */
	void setPrevious(Assessment value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.assessment.model.AssessmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see no.redthread.assessment.model.AssessmentStatus
	 * @see #setStatus(AssessmentStatus)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Status()
	 * @model
	 * @generated
	 */
	AssessmentStatus getStatus();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see no.redthread.assessment.model.AssessmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssessmentStatus value);

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_CreatedBy()
	 * @model
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_CreatedAt()
	 * @model dataType="no.redthread.assessment.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Status Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who last changed the status, e.g. who approved the assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Changed By</em>' attribute.
	 * @see #setStatusChangedBy(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_StatusChangedBy()
	 * @model
	 * @generated
	 */
	String getStatusChangedBy();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getStatusChangedBy <em>Status Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Changed By</em>' attribute.
	 * @see #getStatusChangedBy()
	 * @generated
	 */
	void setStatusChangedBy(String value);

	/**
	 * Returns the value of the '<em><b>Status Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Changed At</em>' attribute.
	 * @see #setStatusChangedAt(Instant)
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_StatusChangedAt()
	 * @model dataType="no.redthread.assessment.model.Instant"
	 * @generated
	 */
	Instant getStatusChangedAt();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Assessment#getStatusChangedAt <em>Status Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Changed At</em>' attribute.
	 * @see #getStatusChangedAt()
	 * @generated
	 */
	void setStatusChangedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.assessment.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Conclusions</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.assessment.model.Conclusion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessor's conclusion per dimension, as it goes into the case document's section "Bærekraftsvurdering".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conclusions</em>' containment reference list.
	 * @see no.redthread.assessment.model.AssessmentPackage#getAssessment_Conclusions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conclusion> getConclusions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan or case assessed: the plan if set, else the case (null if neither is set).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Identified subject();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer to the question with the given id, orphaned or not; null if the question has no answer.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Answer answerTo(String questionId);

} // Assessment
